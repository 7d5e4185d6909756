namespace Timeline.Render.Views;

/// <summary>What every page can show: the site settings, the actors by kind, the types, tags, articles and periods. HTML-escaped.</summary>
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

    /// <summary>How many actors have a page (those that take part in an event).</summary>
    public int ActorCount { get; init; }

    /// <summary>
    /// The period pages, by year, when the timeline is too long for one page (see <see cref="SiteSettings.PageEvents"/>);
    /// empty when the front page lists every event itself.
    /// </summary>
    public List<PeriodView> Periods { get; init; } = [];

    /// <summary>There is a summary: the front page shows the key events and the full timeline is on <c>events.html</c>.</summary>
    public bool KeyEvents { get; init; }

    /// <summary>How many key dates the front page shows.</summary>
    public int KeyDateCount { get; init; }

    /// <summary>The page of the full timeline (and of the types, sources and downloads lists): <c>events.html</c> with key events, else <c>index.html</c>.</summary>
    public string EventsPage => KeyEvents ? SiteModelBuilder.EventsPath : "index.html";

    /// <summary>The events are on period pages; the front page lists the periods, and the actors and sources have pages of their own.</summary>
    public bool Paged => Periods.Count > 0;
}
