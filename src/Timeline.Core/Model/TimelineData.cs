namespace Timeline.Model;

/// <summary>Everything a site is rendered from: the articles, their events and the actor registry.</summary>
public sealed record TimelineData
{
    public List<ArticleInfo> Articles { get; init; } = [];

    public List<TimelineEvent> Events { get; init; } = [];

    public List<Actor> Actors { get; init; } = [];

    /// <summary>The key events (summary.yaml); null or empty when there is no summary, and the site is then the events alone.</summary>
    public KeyTimeline? Summary { get; init; }
}
