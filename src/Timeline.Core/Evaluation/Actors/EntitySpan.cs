namespace Timeline.Evaluation.Actors;

/// <summary>An entity as CoNLL scores it: a sentence, a token range [Start, End) and a type (PER, ORG, LOC, MISC).</summary>
public sealed record EntitySpan
{
    public required int Sentence { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Type { get; init; }
}
