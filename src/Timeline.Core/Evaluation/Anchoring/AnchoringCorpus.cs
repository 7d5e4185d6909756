namespace Timeline.Evaluation.Anchoring;

/// <summary>The evaluated documents of one corpus folder.</summary>
public sealed record AnchoringCorpus
{
    /// <summary>The folder's own name (<c>timebank</c>), used as the row label.</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<AnchoringDocument> Documents { get; init; }

    public AnchoringScore Total => AnchoringScore.Sum(Documents.Select(d => d.Score));
}
