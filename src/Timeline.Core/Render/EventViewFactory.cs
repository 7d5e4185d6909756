using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>Builds the escaped view of an event: date text, actor and place links, source articles.</summary>
internal sealed class EventViewFactory
{
    private readonly IReadOnlyDictionary<string, Actor> _actors;
    private readonly IReadOnlyDictionary<string, ArticleInfo> _articles;
    private readonly IReadOnlyDictionary<string, TimelineEvent> _events;
    private readonly Dictionary<string, EventView> _cache = new(StringComparer.Ordinal);

    /// <param name="actors">Actors that have a page, by id.</param>
    /// <param name="articles">Articles that have a page, by id.</param>
    /// <param name="events">Every event by id, to borrow an anchor's date.</param>
    public EventViewFactory(IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, ArticleInfo> articles, IReadOnlyDictionary<string, TimelineEvent> events)
    {
        _actors = actors;
        _articles = articles;
        _events = events;
    }

    public EventView Create(TimelineEvent e)
    {
        if (_cache.TryGetValue(e.Id, out var cached) && ReferenceEquals(_events.GetValueOrDefault(e.Id), e))
        {
            return cached;
        }

        var anchor = e.Date.Anchor is { } anchorId && _events.TryGetValue(anchorId, out var a) && a != e ? a.Date : null;
        var view = new EventView
        {
            Id = Html.Escape(e.Id),
            DateHtml = DateDisplay.ToHtml(e.Date, anchor),
            DateText = Html.Escape(DateDisplay.Format(e.Date, anchor)),
            Title = Html.Escape(e.Title),
            Summary = Html.EscapeOrNull(e.Summary),
            Status = e.Status.ToString().ToLowerInvariant(),
            Type = Html.EscapeOrNull(e.Type),
            Actors = [.. e.Actors.Distinct(StringComparer.Ordinal).Select(ActorLink)],
            Place = e.Place is { } place && !string.IsNullOrWhiteSpace(place) ? ActorLink(place) : null,
            Sources = [.. e.Sources.Select(s => s.Article).Distinct(StringComparer.Ordinal).Select(Source)],
        };
        if (ReferenceEquals(_events.GetValueOrDefault(e.Id), e))
        {
            _cache[e.Id] = view;
        }

        return view;
    }

    private LinkView ActorLink(string id) => _actors.TryGetValue(id, out var actor)
        ? new LinkView { Text = Html.Escape(actor.Name), Path = PageNames.Actor(actor.Id) }
        : new LinkView { Text = Html.Escape(id) };

    private SourceView Source(string articleId) => _articles.TryGetValue(articleId, out var article)
        ? new SourceView { Title = Html.Escape(article.Title), Path = PageNames.Article(article.Id), Url = Html.WebUrl(article.Url) }
        : new SourceView { Title = Html.Escape(articleId) };
}
