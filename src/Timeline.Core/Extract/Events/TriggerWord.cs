namespace Timeline.Extract.Events;

/// <summary>What the lexicon knows about one word form that can signal an event.</summary>
public sealed record TriggerWord
{
    public required string Lemma { get; init; }

    /// <summary>An event verb ("met", "visited").</summary>
    public bool IsVerb { get; init; }

    /// <summary>An event noun ("visit", "talks", "sanctions").</summary>
    public bool IsNoun { get; init; }

    /// <summary>A light verb whose event is the noun after it ("embarked on a visit", "held talks").</summary>
    public bool IsLight { get; init; }

    /// <summary>A reporting verb ("said"): the event is what it reports, when there is one.</summary>
    public bool IsReport { get; init; }

    /// <summary>The form is a past tense or participle ("met", "visited").</summary>
    public bool IsPast { get; init; }

    /// <summary>The form is a present third person ("meets"), or an -ing form.</summary>
    public bool IsPresent { get; init; }

    /// <summary>PLOVER event type, <c>other</c> when the lexicon has none.</summary>
    public string Type { get; init; } = "other";

    /// <summary>
    /// The type comes only from the CAMEO verb dictionary, whose codes describe one actor acting on another:
    /// it holds only when the clause names that other actor.
    /// </summary>
    public bool TypedByDictionary { get; init; }
}
