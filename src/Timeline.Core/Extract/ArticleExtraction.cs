using Timeline.Extract.Actors;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>What one article yielded: its events, its actors and its time expressions.</summary>
public sealed record ArticleExtraction
{
    public required Article Article { get; init; }

    public required List<TimelineEvent> Events { get; init; }

    public required List<Actor> Actors { get; init; }

    /// <summary>For each actor, what the article offers for its place in the registry.</summary>
    public required List<ActorSupport> Support { get; init; }

    public required List<Timex3> Times { get; init; }
}
