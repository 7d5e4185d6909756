using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>What a build keeps of one article's extraction, and what the extraction cache stores: its events and its actors.</summary>
public sealed record ExtractedArticle
{
    public required List<TimelineEvent> Events { get; init; }

    public required List<Actor> Actors { get; init; }
}
