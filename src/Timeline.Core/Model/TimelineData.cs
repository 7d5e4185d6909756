namespace Timeline.Model;

/// <summary>Everything a site is rendered from: the articles, their events and the actor registry.</summary>
public sealed record TimelineData
{
    public List<ArticleInfo> Articles { get; init; } = [];

    public List<TimelineEvent> Events { get; init; } = [];

    public List<Actor> Actors { get; init; } = [];
}
