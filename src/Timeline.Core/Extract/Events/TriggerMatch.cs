namespace Timeline.Extract.Events;

/// <summary>The word chosen as a clause's event trigger, with what surrounds it.</summary>
public sealed record TriggerMatch
{
    /// <summary>Index of the trigger token in the clause.</summary>
    public required int Token { get; init; }

    public required TriggerWord Word { get; init; }

    /// <summary>Index of the verb that carries the clause's tense: the trigger itself, or the light verb before a noun trigger.</summary>
    public int Verb { get; init; }

    /// <summary>The tense of the clause's main verb (the light or reporting verb when the trigger is a noun).</summary>
    public required bool IsPast { get; init; }

    public required bool IsPresent { get; init; }

    /// <summary>"has faced", "have been targeted": a state that lasts up to the article date.</summary>
    public required bool IsPerfect { get; init; }

    /// <summary>The trigger is a noun with a definite article ("the visit"): maybe a mention of an earlier event.</summary>
    public required bool IsDefiniteNoun { get; init; }

    /// <summary>Only a reporting verb was found: the event is the statement itself.</summary>
    public required bool IsStatement { get; init; }

    /// <summary>"did not sign", "never met": the text says it did not happen.</summary>
    public bool IsNegated { get; init; }

    /// <summary>"could meet", "if they sign": the text only considers it.</summary>
    public bool IsHypothetical { get; init; }
}
