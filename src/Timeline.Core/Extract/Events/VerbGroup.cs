namespace Timeline.Extract.Events;

/// <summary>The auxiliaries and the main verb of a clause's event: where it starts, and what they say.</summary>
public sealed record VerbGroup
{
    /// <summary>Index of the group's first token (the first auxiliary, or the verb).</summary>
    public required int Start { get; init; }

    /// <summary>Index of the main (lexical) verb.</summary>
    public required int Verb { get; init; }

    public required VerbMood Mood { get; init; }

    /// <summary>"did not", "has never", "no longer".</summary>
    public bool Negated { get; init; }

    /// <summary>"was arrested": the subject undergoes the event.</summary>
    public bool Passive { get; init; }

    /// <summary>"had signed": a past before the past, as in reported speech.</summary>
    public bool PastPerfect { get; init; }

    /// <summary>"has signed", "have been fined": a present perfect, which takes no day gone by of its own.</summary>
    public bool PresentPerfect { get; init; }

    /// <summary>"would" after a past reporting verb: the future of the reported past ("said he would resign").</summary>
    public bool ReportedFuture { get; init; }
}
