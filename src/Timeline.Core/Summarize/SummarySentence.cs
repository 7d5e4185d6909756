namespace Timeline.Summarize;

/// <summary>One sentence of an article as the summariser reads it.</summary>
public sealed record SummarySentence
{
    /// <summary>Position of the sentence in its article, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Offset of the sentence in the article body.</summary>
    public required int Offset { get; init; }

    public required string Text { get; init; }

    /// <summary>The days the sentence refers to.</summary>
    public List<DateOnly> Dates { get; init; } = [];

    /// <summary>Ids of the actors the sentence names.</summary>
    public List<string> Actors { get; init; } = [];
}
