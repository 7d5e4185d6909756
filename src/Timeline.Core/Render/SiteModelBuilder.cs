using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render.Paging;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>
/// Turns <see cref="TimelineData"/> into the per-page view models, all text escaped, all orders fixed:
/// the index, a page per actor taking part, article, event type and event, the 404 page, and on a long
/// timeline a page per period plus the actors and sources pages.
/// </summary>
internal static class SiteModelBuilder
{
    public const string BadId = "TL0405";
    public const string NotFoundPath = "404.html";

    /// <summary>The pages listing every actor and every source article, made when the front page lists periods instead of events.</summary>
    public const string ActorsPath = "actors.html";
    public const string SourcesPath = "sources.html";

    /// <summary>The full timeline's page when the front page shows the key events.</summary>
    public const string EventsPath = "events.html";

    public static (SiteView Site, List<PageJob> Pages) Build(TimelineData data, SiteSettings settings, string title, string siteFolder, DiagnosticBag diagnostics)
    {
        // An actor no event names gets no page and no link: on a large timeline most registry entries would be empty pages.
        var named = data.Events.SelectMany(e => e.Place is null ? e.Actors : e.Actors.Append(e.Place))
            .Concat((data.Summary?.Dates ?? []).SelectMany(d => d.Entries).SelectMany(e => e.Actors)).ToHashSet(StringComparer.Ordinal);
        var actors = Pageable([.. data.Actors.Where(a => named.Contains(a.Id))], a => a.Id, "actor", siteFolder, diagnostics);
        var articles = Pageable(data.Articles, a => a.Id, "article", siteFolder, diagnostics);
        var events = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        foreach (var e in data.Events)
        {
            events.TryAdd(e.Id, e);
        }

        var sorted = ChronologicalOrder.Sort(data.Events);
        var periods = PeriodPlanner.Plan(sorted, events, settings.PageEvents);
        var listPaths = new Dictionary<TimelineEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var period in periods)
        {
            period.Events.ForEach(e => listPaths[e] = period.Path);
        }

        var factory = new EventViewFactory(actors, articles, events, settings.MinConfidence, listPaths);
        var keys = new KeyEventViewFactory(data.Summary, actors, data.Actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal), articles, events);
        List<YearGroup> Timeline(Func<TimelineEvent, bool> keep) => TimelineGrouper.Group(sorted.Where(keep), events, factory.Create);

        var articleViews = articles.Values
            .OrderBy(a => a.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(ArticleViewOf)
            .ToList();
        var types = data.Events.Select(e => EventTypes.Key(e.Type)).OfType<string>()
            .GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => PageNames.IsSafe(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TypeView { Key = g.Key, Label = Html.Escape(EventTypes.Label(g.Key)), Path = EventTypes.PagePath(g.Key), Count = g.Count() })
            .ToList();
        var site = SiteViewFactory.Create(data, settings, title, actors.Values, articleViews, types, PeriodViews.Index(periods)) with { KeyEvents = keys.Any, KeyDateCount = keys.Count };
        var pages = new List<PageJob>
        {
            // With key events the front page shows them, and the full timeline moves to events.html.
            new()
            {
                Template = "index.sbn-html",
                Page = keys.Any
                    ? new PageView { Title = "All events", Kind = "events", Root = "", Path = EventsPath }
                    : new PageView { Title = site.Title, Kind = "index", Root = "", Path = "index.html" },
                Years = site.Paged ? [] : Timeline(_ => true),
                Filters = site.Paged ? new FilterView() : FilterViewFactory.Create(sorted, actors.Values, types),
            },
            new()
            {
                Template = "404.sbn-html",
                Page = new PageView { Title = "Page not found", Kind = "not-found", Root = site.BaseUrl ?? "", Path = NotFoundPath },
            },
        };
        if (keys.Any)
        {
            pages.Add(new PageJob
            {
                Template = "key-events.sbn-html",
                Page = new PageView { Title = site.Title, Kind = "index", Root = "", Path = "index.html" },
                KeyDates = keys.All(),
            });
        }

        if (site.Paged)
        {
            pages.AddRange(PeriodPages(periods, events, factory, actors.Values, types));
            pages.Add(new PageJob { Template = "actors.sbn-html", Page = new PageView { Title = "Actors", Kind = "actors", Root = "", Path = ActorsPath } });
            pages.Add(new PageJob { Template = "sources.sbn-html", Page = new PageView { Title = "Sources", Kind = "sources", Root = "", Path = SourcesPath } });
        }

        foreach (var actor in actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var view = ActorViewOf(actor);
            pages.Add(Sub("actor.sbn-html", view.Name, "actor", view.Path, Timeline(e => e.Actors.Contains(actor.Id, StringComparer.Ordinal) || e.Place == actor.Id))
                with { Actor = view, KeyDates = keys.Of(actor.Id) });
        }

        foreach (var article in articleViews)
        {
            pages.Add(Sub("article.sbn-html", article.Title, "article", article.Path, Timeline(e => e.Sources.Exists(s => s.Article == article.Id))) with { Article = article });
        }

        foreach (var type in types)
        {
            pages.Add(Sub("type.sbn-html", type.Label, "type", type.Path, Timeline(e => EventTypes.Key(e.Type) == type.Key)) with { Type = type });
        }

        foreach (var e in sorted.Where(e => EventViewFactory.HasPage(e, events)))
        {
            var view = factory.Create(e);
            pages.Add(Sub("event.sbn-html", view.Title, "event", view.Path!, []) with { Event = view });
        }

        return (site, pages);
    }

    private static IEnumerable<PageJob> PeriodPages(List<Period> periods, Dictionary<string, TimelineEvent> events, EventViewFactory factory,
        IEnumerable<Actor> actors, List<TypeView> types) => periods.Select((period, i) => new PageJob
    {
        Template = "period.sbn-html",
        Page = new PageView { Title = Html.Escape(period.Label), Kind = "period", Root = "../", Path = period.Path },
        Years = TimelineGrouper.Group(period.Events, events, factory.Create),
        Filters = FilterViewFactory.Create(period.Events, actors, types),
        Period = PeriodViews.Page(periods, i),
    });

    private static PageJob Sub(string template, string title, string kind, string path, List<YearGroup> years) => new()
    {
        Template = template,
        Page = new PageView { Title = title, Kind = kind, Root = "../", Path = path },
        Years = years,
    };

    /// <summary>Items whose id can name a page, first of each id; the others get a warning and no page.</summary>
    private static Dictionary<string, T> Pageable<T>(List<T> items, Func<T, string> id, string what, string siteFolder, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (!PageNames.IsSafe(key))
            {
                diagnostics.Add(Diagnostic.Warning(BadId, siteFolder, 0, 0, $"{what} id '{key}' cannot name a page (use letters, digits, '-', '_', '.'); it is shown without a page"));
            }
            else if (!result.TryAdd(key, item))
            {
                diagnostics.Add(Diagnostic.Warning(BadId, siteFolder, 0, 0, $"{what} id '{key}' is used more than once; the first one gets the page"));
            }
        }

        return result;
    }

    private static ActorView ActorViewOf(Actor actor) => new()
    {
        Id = actor.Id,
        Name = Html.Escape(actor.Name),
        Kind = actor.Kind.ToString().ToLowerInvariant(),
        Role = Html.EscapeOrNull(actor.Role),
        Country = Html.EscapeOrNull(actor.Country),
        Aliases = [.. actor.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Select(Html.Escape)],
        Path = PageNames.Actor(actor.Id),
    };

    private static ArticleView ArticleViewOf(ArticleInfo article) => new()
    {
        Id = article.Id,
        Title = Html.Escape(article.Title),
        DateHtml = article.Date is { } d
            ? DateDisplay.ToHtml(new EventDate { Value = "", Precision = DatePrecision.Day, Start = d, End = d })
            : null,
        Source = Html.EscapeOrNull(article.Source),
        Url = Html.WebUrl(article.Url),
        Path = PageNames.Article(article.Id),
    };
}
