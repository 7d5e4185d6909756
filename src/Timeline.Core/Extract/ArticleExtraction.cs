using Timeline.Extract.Actors;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>What one article yielded: its events, its actors, its time expressions and its dated sentences.</summary>
public sealed record ArticleExtraction
{
    public required Article Article { get; init; }

    public required List<TimelineEvent> Events { get; init; }

    public required List<Actor> Actors { get; init; }

    /// <summary>For each actor, what the article offers for its place in the registry.</summary>
    public required List<ActorSupport> Support { get; init; }

    public required List<Timex3> Times { get; init; }

    /// <summary>Every sentence with the days it refers to and the actors it names, for the key-events summary.</summary>
    public List<DatedSentence> Sentences { get; init; } = [];
}
