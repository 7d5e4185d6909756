namespace Timeline.Store;

/// <summary>What a save did: counts for events and for actors, and which files it wrote.</summary>
public sealed record MergeReport
{
    public required MergeCounts Events { get; init; }

    public required MergeCounts Actors { get; init; }

    /// <summary>Files written (created or changed), in ordinal order; unchanged files are not rewritten.</summary>
    public List<string> WrittenFiles { get; init; } = [];
}
