namespace Timeline.Evaluation;

/// <summary>The scores of a corpus: each document, and the micro-average over all of them.</summary>
public sealed record CorpusEvaluation
{
    public required IReadOnlyList<DocumentEvaluation> Documents { get; init; }

    public TimexScore Total => Documents.Aggregate(TimexScore.Zero, (sum, d) => sum.Plus(d.Score));

    public IReadOnlyList<TimexError> Errors => [.. Documents.SelectMany(d => d.Errors)];
}
