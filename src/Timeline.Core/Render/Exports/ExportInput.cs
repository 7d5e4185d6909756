using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>What every export reads: the events in chronological order, the lookups, the settings and a fixed "as of" day.</summary>
internal sealed record ExportInput
{
    public required List<TimelineEvent> Events { get; init; }

    public required IReadOnlyDictionary<string, TimelineEvent> EventsById { get; init; }

    public required IReadOnlyDictionary<string, Actor> Actors { get; init; }

    public required IReadOnlyDictionary<string, ArticleInfo> Articles { get; init; }

    public required TimelineData Data { get; init; }

    public required SiteSettings Settings { get; init; }

    public required string Title { get; init; }

    /// <summary>
    /// The newest article or event day: feeds and calendars need an "updated" stamp, and taking it
    /// from the data rather than the clock keeps the output byte-identical between runs.
    /// </summary>
    /// <remarks>Worked out once (<see cref="NewestDay"/>): a feed entry reads it, and scanning every event for each was quadratic.</remarks>
    public required DateOnly AsOf { get; init; }

    /// <summary>The newest day among the articles' dates and the events' starts; 1970-01-01 when there is none.</summary>
    public static DateOnly NewestDay(TimelineData data, IEnumerable<TimelineEvent> events) =>
        data.Articles.Select(a => a.Date).Concat(events.Select(e => e.Date.Start)).OfType<DateOnly>().DefaultIfEmpty(new DateOnly(1970, 1, 1)).Max();

    /// <summary>Absolute address of a page when the base URL is known, else the path relative to the site root.</summary>
    public string Link(string path) => (Settings.BaseUrl ?? "") + path;

    public string? ActorName(string id) => Actors.TryGetValue(id, out var a) ? a.Name : null;
}
