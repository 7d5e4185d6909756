namespace Timeline.Render.Views;

/// <summary>What every page can show: the site title, the actors by kind and the articles.</summary>
internal sealed record SiteView
{
    public required string Title { get; init; }

    public List<ActorGroup> ActorGroups { get; init; } = [];

    public List<ArticleView> Articles { get; init; } = [];

    public int EventCount { get; init; }
}
