namespace Timeline.Model;

/// <summary>One sentence of a key date: a self-contained sentence of an article, or an event's summary.</summary>
public sealed record KeyEntry
{
    public required string Text { get; init; }

    /// <summary>The article the sentence was read from; absent when a person wrote it.</summary>
    public string? Article { get; init; }

    /// <summary>Offset of the sentence in the article body.</summary>
    public int? Offset { get; init; }

    /// <summary>The event this entry tells, when it is one of the timeline's events.</summary>
    public string? Event { get; init; }

    /// <summary>Ids of the actors the sentence names.</summary>
    public List<string> Actors { get; init; } = [];

    /// <summary>Kept whatever the corpus says, because a person pinned it.</summary>
    public bool Pinned { get; init; }
}
