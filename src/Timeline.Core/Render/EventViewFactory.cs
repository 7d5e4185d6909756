using System.Globalization;
using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>Builds the escaped view of an event: date text and kind, certainty, actor and place links, type, tags, source articles.</summary>
internal sealed class EventViewFactory
{
    private readonly IReadOnlyDictionary<string, Actor> _actors;
    private readonly IReadOnlyDictionary<string, ArticleInfo> _articles;
    private readonly IReadOnlyDictionary<string, TimelineEvent> _events;
    private readonly double _minConfidence;
    private readonly IReadOnlyDictionary<TimelineEvent, string> _listPaths;
    private readonly Dictionary<string, EventView> _cache = new(StringComparer.Ordinal);

    /// <param name="actors">Actors that have a page, by id.</param>
    /// <param name="articles">Articles that have a page, by id.</param>
    /// <param name="events">Every event by id, to borrow an anchor's date.</param>
    /// <param name="minConfidence">Extracted events below this confidence are shown as uncertain.</param>
    /// <param name="listPaths">The period page of each event (by reference) on a long timeline; empty when the index lists them all.</param>
    public EventViewFactory(IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, ArticleInfo> articles, IReadOnlyDictionary<string, TimelineEvent> events,
        double minConfidence, IReadOnlyDictionary<TimelineEvent, string> listPaths)
    {
        _listPaths = listPaths;
        _minConfidence = minConfidence;
        _actors = actors;
        _articles = articles;
        _events = events;
    }

    /// <summary>Events that get a page of their own (ids that are safe file names, first of each id).</summary>
    public static bool HasPage(TimelineEvent e, IReadOnlyDictionary<string, TimelineEvent> events) =>
        PageNames.IsSafe(e.Id) && ReferenceEquals(events.GetValueOrDefault(e.Id), e);

    public EventView Create(TimelineEvent e)
    {
        if (_cache.TryGetValue(e.Id, out var cached) && ReferenceEquals(_events.GetValueOrDefault(e.Id), e))
        {
            return cached;
        }

        var anchor = e.Date.Anchor is { } anchorId && _events.TryGetValue(anchorId, out var a) && a != e ? a.Date : null;
        var typeKey = EventTypes.Key(e.Type);
        var flags = (
            Approximate: e.Date.Approximate,
            Ranged: IsRanged(e.Date),
            Planned: e.Date.Planned || e.Status == EventStatus.Planned,
            Ongoing: e.Status == EventStatus.Ongoing,
            Uncertain: IsUncertain(e, _minConfidence));
        var tags = e.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var datedBy = DatedElsewhere(e);
        var actorIds = e.Actors.Append(e.Place ?? "").Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);
        var view = new EventView
        {
            Id = Html.Escape(e.Id),
            Path = HasPage(e, _events) ? PageNames.Event(e.Id) : null,
            ListPath = _listPaths.GetValueOrDefault(e, "index.html"),
            DateHtml = DateDisplay.ToHtml(e.Date, anchor),
            DateText = Html.Escape(DateDisplay.Format(e.Date, anchor)),
            Title = Html.Escape(e.Title),
            Summary = Html.EscapeOrNull(e.Summary),
            Status = e.Status.ToString().ToLowerInvariant(),
            Approximate = flags.Approximate,
            Ranged = flags.Ranged,
            Planned = flags.Planned,
            Ongoing = flags.Ongoing,
            Negated = e.Status == EventStatus.Negated,
            Hypothetical = e.Status == EventStatus.Hypothetical,
            Uncertain = flags.Uncertain,
            Confidence = e.Confidence?.ToString(CultureInfo.InvariantCulture),
            // The status already gives event-planned or event-ongoing; a planned date on another status adds it.
            Classes = Classes(flags.Approximate, flags.Ranged, flags.Planned && e.Status != EventStatus.Planned, flags.Uncertain),
            Type = Html.EscapeOrNull(e.Type),
            TypeLink = typeKey is null ? null : new LinkView
            {
                Text = Html.Escape(EventTypes.Label(typeKey)),
                Path = PageNames.IsSafe(typeKey) ? EventTypes.PagePath(typeKey) : null,
            },
            TypeKey = Html.Escape(typeKey ?? ""),
            ActorKeys = Html.Escape(string.Join(' ', actorIds.Where(id => !id.Contains(' ', StringComparison.Ordinal)))),
            Tags = [.. tags.Select(Html.Escape)],
            TagKeys = Html.Escape(string.Join('|', tags.Select(t => t.ToLowerInvariant()))),
            Actors = [.. e.Actors.Distinct(StringComparer.Ordinal).Select(ActorLink)],
            Place = e.Place is { } place && !string.IsNullOrWhiteSpace(place) ? ActorLink(place) : null,
            Sources = [.. e.Sources.Select(s => s.Article).Distinct(StringComparer.Ordinal).Select(Source)],
            DateWords = datedBy is not null ? Html.EscapeOrNull(e.Date.Text) : null,
            DateSource = datedBy is not null ? Source(datedBy) : null,
        };
        if (ReferenceEquals(_events.GetValueOrDefault(e.Id), e))
        {
            _cache[e.Id] = view;
        }

        return view;
    }

    // The article whose words gave the date, when it is one of the event's sources but not the first.
    private static string? DatedElsewhere(TimelineEvent e) =>
        e.Date.Article is { } article && e.Sources.Count > 0 && e.Sources[0].Article != article
        && e.Sources.Exists(s => s.Article == article) ? article : null;

    /// <summary>Less certain than the site asks for; an event without a confidence was written by a person and is never uncertain.</summary>
    public static bool IsUncertain(TimelineEvent e, double minConfidence) => e.Confidence is { } c && c < minConfidence;

    /// <summary>An interval value (<c>a/b</c>) or a day-precise date whose last day differs from its first.</summary>
    private static bool IsRanged(EventDate date) =>
        date.Value.Contains('/', StringComparison.Ordinal)
        || (date.Precision >= DatePrecision.Day && date.Start is { } s && date.End is { } end && end > s && date.Relation == DateRelation.On);

    private static string Classes(bool approximate, bool ranged, bool planned, bool uncertain)
    {
        var classes = new List<string>(4);
        if (approximate) classes.Add("event-approximate");
        if (ranged) classes.Add("event-ranged");
        if (planned) classes.Add("event-planned");
        if (uncertain) classes.Add("event-uncertain");
        return string.Join(' ', classes);
    }

    private LinkView ActorLink(string id) => _actors.TryGetValue(id, out var actor)
        ? new LinkView { Text = Html.Escape(actor.Name), Path = PageNames.Actor(actor.Id) }
        : new LinkView { Text = Html.Escape(id) };

    private SourceView Source(string articleId) => _articles.TryGetValue(articleId, out var article)
        ? new SourceView { Title = Html.Escape(article.Title), Path = PageNames.Article(article.Id), Url = Html.WebUrl(article.Url) }
        : new SourceView { Title = Html.Escape(articleId) };
}
