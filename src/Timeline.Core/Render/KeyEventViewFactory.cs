using System.Globalization;
using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>
/// Builds the escaped views of the key events (<see cref="KeyTimeline"/>): every key date for the front page, or
/// those of one actor (entries naming it, or telling an event it takes part in) for its page.
/// </summary>
internal sealed class KeyEventViewFactory(
    KeyTimeline? summary, IReadOnlyDictionary<string, Actor> actorPages, IReadOnlyDictionary<string, Actor> actors,
    IReadOnlyDictionary<string, ArticleInfo> articles, IReadOnlyDictionary<string, TimelineEvent> events)
{
    private readonly List<KeyDate> _dates = [.. (summary?.Dates ?? []).Where(d => d.Entries.Count > 0).OrderBy(d => d.Date)];

    /// <summary>True when there is a summary to show: the front page is then the key events.</summary>
    public bool Any => _dates.Count > 0;

    public int Count => _dates.Count;

    /// <summary>Actor ids the key entries name: they get a page even when no event names them.</summary>
    public IEnumerable<string> NamedActors => _dates.SelectMany(d => d.Entries).SelectMany(e => e.Actors);

    public List<KeyDateView> All() => [.. _dates.Select(d => View(d, _ => true))];

    public List<KeyDateView> Of(string actorId) =>
        [.. _dates.Select(d => View(d, e => Involves(e, actorId))).Where(d => d.Entries.Count > 0)];

    private bool Involves(KeyEntry entry, string actorId) =>
        entry.Actors.Contains(actorId, StringComparer.Ordinal)
        || (entry.Event is { } id && events.TryGetValue(id, out var e) && (e.Actors.Contains(actorId, StringComparer.Ordinal) || e.Place == actorId));

    private KeyDateView View(KeyDate date, Func<KeyEntry, bool> keep) => new()
    {
        Anchor = "key-" + date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateHtml = DateDisplay.ToHtml(new EventDate { Value = "", Precision = DatePrecision.Day, Start = date.Date, End = date.Date }),
        Pinned = date.Pinned,
        Entries = [.. date.Entries.Where(e => !string.IsNullOrWhiteSpace(e.Text) && keep(e)).Select(Entry)],
    };

    private KeyEntryView Entry(KeyEntry entry) => new()
    {
        Text = Html.Escape(entry.Text.Trim()),
        Article = entry.Article is { } id && articles.TryGetValue(id, out var article)
            ? new LinkView { Text = Html.Escape(string.IsNullOrWhiteSpace(article.Source) ? article.Title : article.Source.Trim()), Path = PageNames.Article(id) }
            : null,
        EventPath = entry.Event is { } e && events.TryGetValue(e, out var found) && EventViewFactory.HasPage(found, events) ? PageNames.Event(e) : null,
        Actors = [.. entry.Actors.Distinct(StringComparer.Ordinal).Select(a => new LinkView
        {
            Text = Html.Escape(actors.TryGetValue(a, out var actor) ? actor.Name : a),
            Path = actorPages.ContainsKey(a) ? PageNames.Actor(a) : null,
        })],
    };
}
