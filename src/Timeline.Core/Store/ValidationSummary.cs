namespace Timeline.Store;

/// <summary>What <see cref="StoreValidator.Validate"/> looked at.</summary>
public sealed record ValidationSummary
{
    /// <summary>Events files read, one per article.</summary>
    public required int Articles { get; init; }

    public required int Events { get; init; }

    public required int Actors { get; init; }

    /// <summary>Days listed in summary.yaml; 0 when there is none.</summary>
    public int KeyDates { get; init; }
}
