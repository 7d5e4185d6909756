using Timeline.Model;

namespace Timeline.Store;

/// <summary>The outcome of <see cref="EventStore.Save"/>: the data now stored, to render, and the merge report.</summary>
public sealed record SaveResult
{
    public required TimelineData Data { get; init; }

    public required MergeReport Report { get; init; }
}
