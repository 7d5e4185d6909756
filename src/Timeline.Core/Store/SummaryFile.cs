namespace Timeline.Store;

/// <summary>The content of <c>summary.yaml</c>: the key dates, what a person dropped, and the tool's bookkeeping.</summary>
public sealed record SummaryFile
{
    /// <summary>In chronological order.</summary>
    public List<StoredKeyDate> Dates { get; init; } = [];

    /// <summary>Days a person dropped; the summariser never adds them again.</summary>
    public List<DateOnly> DroppedDates { get; init; } = [];

    /// <summary>Entry ids a person dropped; the summariser never adds them again.</summary>
    public List<string> DroppedEntries { get; init; } = [];

    /// <summary>The days the tool wrote last time, so a date a person removed can be told from one the tool no longer proposes.</summary>
    public List<DateOnly> GeneratedDates { get; init; } = [];
}
