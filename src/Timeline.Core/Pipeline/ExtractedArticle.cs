using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>What a build keeps of one article's extraction, and what the extraction cache stores: its events, its actors, what supports each actor and its dated sentences.</summary>
public sealed record ExtractedArticle
{
    public required List<TimelineEvent> Events { get; init; }

    public required List<Actor> Actors { get; init; }

    public required List<ActorSupport> Support { get; init; }

    /// <summary>Every sentence with the days it refers to and the actors it names: what the key-events summary reads.</summary>
    public List<DatedSentence> Sentences { get; init; } = [];
}
