using System.Globalization;
using Timeline.Model;

namespace Timeline.Render.Paging;

/// <summary>
/// Splits a long timeline into period pages: a timeline of more than <see cref="SiteSettings.PageEvents"/>
/// events gets a page per year, and a year of more than that a page per month (its events dated only to the
/// year get one page before the months). Every event lands on exactly one page, placed as
/// <see cref="TimelineGrouper.PlaceOf"/> places it, so a page lists the same groups the single page would.
/// </summary>
internal static class PeriodPlanner
{
    public const string Folder = "periods";

    /// <summary>The period pages in date order (the events of no known date last); empty when the timeline fits on one page.</summary>
    public static List<Period> Plan(List<TimelineEvent> sorted, IReadOnlyDictionary<string, TimelineEvent> byId, int pageEvents)
    {
        if (sorted.Count <= pageEvents)
        {
            return [];
        }

        var placed = sorted.Select(e => (Event: e, Place: TimelineGrouper.PlaceOf(e, byId, 0))).ToList();
        var periods = new List<Period>();
        // Ordering by year keeps each year's events in their chronological order (OrderBy is stable).
        foreach (var year in placed.GroupBy(p => p.Place.Year).OrderBy(g => g.Key ?? int.MaxValue))
        {
            var events = year.Select(p => p.Event).ToList();
            if (year.Key is not { } y)
            {
                periods.Add(new Period { Label = "Date unknown", Path = $"{Folder}/undated.html", Events = events });
            }
            else if (events.Count <= pageEvents)
            {
                periods.Add(new Period { Label = Text(y), Year = y, Path = $"{Folder}/{y:D4}.html", Events = events });
            }
            else
            {
                periods.AddRange(Months(y, year));
            }
        }

        return periods;
    }

    private static IEnumerable<Period> Months(int year, IEnumerable<(TimelineEvent Event, (int? Year, int? Month) Place)> events) =>
        events.GroupBy(p => p.Place.Month).OrderBy(g => g.Key ?? 0).Select(g => g.Key is { } m
            ? new Period
            {
                Label = $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {Text(year)}",
                Year = year,
                Month = m,
                Path = $"{Folder}/{year:D4}-{m:D2}.html",
                Events = [.. g.Select(p => p.Event)],
            }
            : new Period
            {
                Label = $"{Text(year)}, month not given",
                Year = year,
                Path = $"{Folder}/{year:D4}.html",
                Events = [.. g.Select(p => p.Event)],
            });

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
