namespace Timeline.Evaluation.Anchoring;

/// <summary>The anchoring figures of one document, its wrongly dated events and the gold anchored events no system event found.</summary>
public sealed record AnchoringDocument
{
    /// <summary>The path relative to its corpus folder.</summary>
    public required string Name { get; init; }

    public required AnchoringScore Score { get; init; }

    public required IReadOnlyList<AnchoringError> Errors { get; init; }

    public required IReadOnlyList<GoldAnchor> Missed { get; init; }
}
