using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>What a build keeps of one article's extraction, and what the extraction cache stores: its events, its actors and what supports each actor.</summary>
public sealed record ExtractedArticle
{
    public required List<TimelineEvent> Events { get; init; }

    public required List<Actor> Actors { get; init; }

    public required List<ActorSupport> Support { get; init; }
}
