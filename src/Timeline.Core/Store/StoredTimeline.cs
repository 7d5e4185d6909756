using Timeline.Model;

namespace Timeline.Store;

/// <summary>What <see cref="EventStore.Load"/> read from the output folder.</summary>
public sealed record StoredTimeline
{
    public required TimelineData Data { get; init; }

    /// <summary>Files that could not be used (see the diagnostics); their content is not in <see cref="Data"/>.</summary>
    public List<string> SkippedFiles { get; init; } = [];
}
