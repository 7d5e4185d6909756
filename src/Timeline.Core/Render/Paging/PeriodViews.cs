using System.Globalization;
using Timeline.Render.Views;

namespace Timeline.Render.Paging;

/// <summary>The escaped views of the period pages: the front page's list by year, and each page's neighbours.</summary>
internal static class PeriodViews
{
    /// <summary>One entry per year; a year split into months has no page of its own but lists its month pages.</summary>
    public static List<PeriodView> Index(List<Period> periods) => [.. periods
        .GroupBy(p => p.Year)
        .Select(year => year.Count() == 1
            ? Link(year.First())
            : new PeriodView
            {
                Label = Html.Escape(year.Key?.ToString(CultureInfo.InvariantCulture) ?? ""),
                Count = year.Sum(p => p.Events.Count),
                Months = [.. year.Select(Link)],
            })];

    /// <summary>The view of <paramref name="periods"/>[<paramref name="index"/>] with links to the pages before and after it.</summary>
    public static PeriodPageView Page(List<Period> periods, int index) => new()
    {
        Label = Html.Escape(periods[index].Label),
        Count = periods[index].Events.Count,
        Previous = index > 0 ? Link(periods[index - 1]) : null,
        Next = index < periods.Count - 1 ? Link(periods[index + 1]) : null,
    };

    private static PeriodView Link(Period period) => new()
    {
        Label = Html.Escape(period.Label),
        Path = period.Path,
        Count = period.Events.Count,
    };
}
