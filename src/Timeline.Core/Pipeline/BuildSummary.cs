using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>What a run did, for the command line to report.</summary>
public sealed record BuildSummary
{
    public int Articles { get; init; }

    /// <summary>Articles extracted in this run; the others were read from the extraction cache.</summary>
    public int Extracted { get; init; }

    public int FromCache { get; init; }

    public int Events { get; init; }

    public int Actors { get; init; }

    public MergeReport? Merge { get; init; }

    /// <summary>The folder the site was rendered to, when it was.</summary>
    public string? Site { get; init; }
}
