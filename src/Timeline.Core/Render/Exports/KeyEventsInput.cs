using System.Globalization;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>What the key-events exports read: the key dates in order, with the lookups of the timeline's exports.</summary>
internal sealed record KeyEventsInput
{
    public required ExportInput Timeline { get; init; }

    /// <summary>Key dates with at least one entry, in chronological order.</summary>
    public required List<KeyDate> Dates { get; init; }

    public static KeyEventsInput? Of(ExportInput input) =>
        input.Data.Summary?.Dates.Where(d => d.Entries.Count > 0).OrderBy(d => d.Date).ToList() is { Count: > 0 } dates
            ? new KeyEventsInput { Timeline = input, Dates = dates }
            : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day as the site shows it, e.g. 16 August 2023.</summary>
    public static string Display(DateOnly day) =>
        DateDisplay.Format(new EventDate { Value = Iso(day), Precision = DatePrecision.Day, Start = day, End = day });

    /// <summary>Where the day is on the front page.</summary>
    public string Link(DateOnly day) => Timeline.Link("index.html#key-" + Iso(day));

    public ArticleInfo? Article(KeyEntry entry) => entry.Article is { } id && Timeline.Articles.TryGetValue(id, out var a) ? a : null;

    public TimelineEvent? Event(KeyEntry entry) => entry.Event is { } id && Timeline.EventsById.TryGetValue(id, out var e) ? e : null;

    /// <summary>The event's page, when it has one.</summary>
    public string? EventPage(KeyEntry entry) => Event(entry) is { } e && PageNames.IsSafe(e.Id) ? Timeline.Link(PageNames.Event(e.Id)) : null;

    public string? ArticlePage(KeyEntry entry) => Article(entry) is { } a && PageNames.IsSafe(a.Id) ? Timeline.Link(PageNames.Article(a.Id)) : null;
}
