using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>What a run did, for the command line to report.</summary>
public sealed record BuildSummary
{
    public int Articles { get; init; }

    public int Events { get; init; }

    public int Actors { get; init; }

    public MergeReport? Merge { get; init; }

    /// <summary>The folder the site was rendered to, when it was.</summary>
    public string? Site { get; init; }
}
