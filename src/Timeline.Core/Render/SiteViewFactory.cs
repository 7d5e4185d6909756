using System.Text.RegularExpressions;
using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>Builds the <see cref="SiteView"/> every page shares: settings, actor groups, filter choices, types, articles and periods.</summary>
internal static partial class SiteViewFactory
{
    /// <summary>Theme options that set a colour of the built-in theme, and the CSS property each one sets.</summary>
    private static readonly (string Option, string Property)[] ColourOptions = [("accent", "--accent-light"), ("accent_dark", "--accent-dark")];

    public static SiteView Create(TimelineData data, SiteSettings settings, string title, IEnumerable<Actor> actors,
        List<ArticleView> articles, List<TypeView> types, List<PeriodView> periods) => new()
    {
        Title = Html.Escape(title),
        Description = Html.EscapeOrNull(settings.Description),
        Language = Html.Escape(settings.Language),
        BaseUrl = settings.BaseUrl is null ? null : Html.WebUrl(settings.BaseUrl),
        Theme = settings.Theme.ToDictionary(p => p.Key, p => Html.Escape(p.Value), StringComparer.Ordinal),
        ThemeCss = ThemeCss(settings),
        ActorGroups = ActorGroups(actors),
        FilterActors = FilterViewFactory.Actors(data.Events, actors),
        Types = types,
        Tags = FilterViewFactory.Tags(data.Events),
        Articles = articles,
        EventCount = data.Events.Count,
        ActorCount = actors.Count(),
        Periods = periods,
    };

    /// <summary>Declarations such as <c>--accent: #7a1f5c;</c>; values that are not plain colours are left out, so no option can inject CSS.</summary>
    private static string? ThemeCss(SiteSettings settings)
    {
        var declarations = ColourOptions
            .Where(o => settings.Theme.TryGetValue(o.Option, out var v) && Colour().IsMatch(v))
            .Select(o => $"{o.Property}: {settings.Theme[o.Option]};")
            .ToList();
        return declarations.Count == 0 ? null : string.Join(' ', declarations);
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

    [GeneratedRegex("^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgb|hsl)a?\\([0-9., %]+\\))$", RegexOptions.CultureInvariant)]
    private static partial Regex Colour();
}
