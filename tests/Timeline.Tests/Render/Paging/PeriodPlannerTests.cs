using Timeline.Model;
using Timeline.Render;
using Timeline.Render.Paging;

namespace Timeline.Tests.Render.Paging;

public sealed class PeriodPlannerTests
{
    private static List<Period> Plan(TimelineData data, int pageEvents)
    {
        var byId = data.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return PeriodPlanner.Plan(ChronologicalOrder.Sort(data.Events), byId, pageEvents);
    }

    private static string Shape(List<Period> periods) =>
        string.Join(" | ", periods.Select(p => $"{p.Path} {p.Label}: {string.Join(",", p.Events.Select(e => e.Id))}"));

    [Fact]
    public void A_timeline_of_no_more_events_than_a_page_holds_is_not_split()
    {
        Assert.Empty(Plan(RichSample.Create(), RichSample.EventCount));
        Assert.Empty(Plan(RichSample.Create(), SiteSettings.DefaultPageEvents));
    }

    [Fact]
    public void A_longer_timeline_gets_a_page_per_year_and_a_crowded_year_a_page_per_month()
    {
        // 2020: one event; 2023: three, more than a page holds, so July and August (the event dated
        // only before the visit goes with the visit); 2024: one.
        var periods = Plan(RichSample.Create(), 2);

        Assert.Equal(
            "periods/2020.html 2020: border-talks-2020 | periods/2023-07.html July 2023: belarus-announces-visit | "
            + "periods/2023-08.html August 2023: li-shangfu-meets-russia,li-shangfu-visit-belarus | periods/2024.html 2024: joint-exercise-2024",
            Shape(periods));
    }

    [Fact]
    public void Events_dated_only_to_a_split_year_come_before_its_months_and_undated_events_last()
    {
        var data = RenderSamples.Small();
        var yearOnly = new TimelineEvent
        {
            Id = "sometime-2023",
            Title = "Talks in 2023",
            Date = new EventDate { Value = "2023", Precision = DatePrecision.Year, Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31) },
        };
        var undated = new TimelineEvent { Id = "undated", Title = "Talks at some time", Date = new EventDate { Value = "", Precision = DatePrecision.Unknown } };
        var periods = Plan(data with { Events = [undated, .. data.Events, yearOnly] }, 2);

        Assert.Equal(
            ["periods/2023.html", "periods/2023-07.html", "periods/2023-08.html", "periods/2024.html", "periods/undated.html"],
            periods.Select(p => p.Path));
        Assert.Equal("2023, month not given", periods[0].Label);
        Assert.Equal("Date unknown", periods[^1].Label);
        Assert.Equal(6, periods.Sum(p => p.Events.Count));
    }
}
