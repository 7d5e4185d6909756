using System.Globalization;
using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>
/// Splits events already in <see cref="ChronologicalOrder"/> into year and month groups. An event
/// dated only before or after another takes its anchor's place, as the ordering does, so groups
/// follow the order and never reorder it. Empty years and months between groups are noted as gaps.
/// </summary>
internal static class TimelineGrouper
{
    public static List<YearGroup> Group(IEnumerable<TimelineEvent> sorted, IReadOnlyDictionary<string, TimelineEvent> byId, Func<TimelineEvent, EventView> view)
    {
        var years = new List<YearGroup>();
        int? lastYear = null;
        foreach (var e in sorted)
        {
            var (year, month) = PlaceOf(e, byId, 0);
            var yearAnchor = year is { } y ? $"year-{y:D4}" : "date-unknown";
            if (years.Count == 0 || years[^1].Anchor != yearAnchor)
            {
                var label = year?.ToString(CultureInfo.InvariantCulture) ?? "Date unknown";
                years.Add(new YearGroup { Label = label, Anchor = yearAnchor, Gap = YearGap(lastYear, year) });
                lastYear = year ?? lastYear;
            }

            var months = years[^1].Months;
            var monthAnchor = month is { } m && year is { } my ? $"month-{my:D4}-{m:D2}" : null;
            if (months.Count == 0 || months[^1].Anchor != monthAnchor)
            {
                var label = month is { } mm ? MonthName(mm) : null;
                var previous = months.LastOrDefault(g => g.Anchor is not null)?.Anchor;
                months.Add(new MonthGroup { Label = label, Anchor = monthAnchor, Gap = MonthGap(previous, month) });
            }

            months[^1].Events.Add(view(e));
        }

        return years;
    }

    private static string? YearGap(int? previous, int? year)
    {
        if (previous is not { } from || year is not { } to || to - from < 2)
        {
            return null;
        }

        return to - from == 2
            ? $"No events in {from + 1}"
            : $"No events in {from + 1}–{to - 1} ({to - from - 1} years)";
    }

    /// <summary>Months skipped since the previous month heading of the same year (anchors are <c>month-yyyy-MM</c>).</summary>
    private static string? MonthGap(string? previousAnchor, int? month)
    {
        if (previousAnchor is null || month is not { } to
            || !int.TryParse(previousAnchor.AsSpan(previousAnchor.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || to - from < 2)
        {
            return null;
        }

        return to - from == 2
            ? $"No events in {MonthName(from + 1)}"
            : $"No events in {MonthName(from + 1)}–{MonthName(to - 1)} ({to - from - 1} months)";
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>The year, and the month when the date is that precise, under which the event is listed.</summary>
    internal static (int? Year, int? Month) PlaceOf(TimelineEvent e, IReadOnlyDictionary<string, TimelineEvent> byId, int depth)
    {
        var date = e.Date;
        if (date.Relation != DateRelation.On && date.Anchor is { } anchorId && depth < 8
            && byId.TryGetValue(anchorId, out var anchor) && anchor != e)
        {
            return PlaceOf(anchor, byId, depth + 1);
        }

        var day = date.Relation == DateRelation.Before ? date.End ?? date.Start : date.Start ?? date.End;
        if (day is not { } d)
        {
            return (null, null);
        }

        return date.Precision >= DatePrecision.Month ? (d.Year, d.Month) : (d.Year, null);
    }
}
