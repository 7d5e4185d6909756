namespace Timeline.Render.Views;

/// <summary>What every page can show: the site settings, the actors by kind, the types, tags and articles. HTML-escaped.</summary>
internal sealed record SiteView
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Language tag for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The address the site is published at, ending in '/'; null when unknown.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The theme options of <c>timeline.yaml</c>, values escaped.</summary>
    public Dictionary<string, string> Theme { get; init; } = [];

    /// <summary>CSS custom properties from the theme's colour options, already checked to be colours; null when none.</summary>
    public string? ThemeCss { get; init; }

    public List<ActorGroup> ActorGroups { get; init; } = [];

    /// <summary>Actors that take part in at least one event, by name, for the filter.</summary>
    public List<FilterOption> FilterActors { get; init; } = [];

    public List<TypeView> Types { get; init; } = [];

    /// <summary>Every tag of an event, for the filter.</summary>
    public List<FilterOption> Tags { get; init; } = [];

    public List<ArticleView> Articles { get; init; } = [];

    public int EventCount { get; init; }
}
