using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>Turns <see cref="TimelineData"/> into the per-page view models, all text escaped, all orders fixed.</summary>
internal static class SiteModelBuilder
{
    public const string BadId = "TL0405";

    public static (SiteView Site, List<PageJob> Pages) Build(TimelineData data, string siteTitle, string siteFolder, DiagnosticBag diagnostics)
    {
        var actors = Pageable(data.Actors, a => a.Id, "actor", siteFolder, diagnostics);
        var articles = Pageable(data.Articles, a => a.Id, "article", siteFolder, diagnostics);
        var events = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        foreach (var e in data.Events)
        {
            events.TryAdd(e.Id, e);
        }

        var factory = new EventViewFactory(actors, articles, events);
        var sorted = ChronologicalOrder.Sort(data.Events);
        List<YearGroup> Timeline(Func<TimelineEvent, bool> keep) => TimelineGrouper.Group(sorted.Where(keep), events, factory.Create);

        var articleViews = articles.Values
            .OrderBy(a => a.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(ArticleViewOf)
            .ToList();
        var site = new SiteView
        {
            Title = Html.Escape(siteTitle),
            ActorGroups = ActorGroups(actors.Values),
            Articles = articleViews,
            EventCount = data.Events.Count,
        };

        var pages = new List<PageJob>
        {
            new()
            {
                Template = "index.sbn-html",
                Page = new PageView { Title = site.Title, Kind = "index", Root = "", Path = "index.html" },
                Years = Timeline(_ => true),
            },
        };
        foreach (var actor in actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var view = ActorViewOf(actor);
            pages.Add(new PageJob
            {
                Template = "actor.sbn-html",
                Page = new PageView { Title = view.Name, Kind = "actor", Root = "../", Path = view.Path },
                Years = Timeline(e => e.Actors.Contains(actor.Id, StringComparer.Ordinal) || e.Place == actor.Id),
                Actor = view,
            });
        }

        foreach (var article in articleViews)
        {
            pages.Add(new PageJob
            {
                Template = "article.sbn-html",
                Page = new PageView { Title = article.Title, Kind = "article", Root = "../", Path = article.Path },
                Years = Timeline(e => e.Sources.Exists(s => s.Article == article.Id)),
                Article = article,
            });
        }

        return (site, pages);
    }

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

    private static List<ActorGroup> ActorGroups(IEnumerable<Actor> actors) => [.. actors
        .GroupBy(a => a.Kind)
        .OrderBy(g => g.Key)
        .Select(g => new ActorGroup
        {
            Label = KindLabel(g.Key),
            Actors = [.. g.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new LinkView { Text = Html.Escape(a.Name), Path = PageNames.Actor(a.Id) })],
        })];

    private static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.Organisation => "Organisations",
        ActorKind.Country => "Countries",
        ActorKind.Place => "Places",
        ActorKind.Group => "Groups",
        _ => kind.ToString(),
    };

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
