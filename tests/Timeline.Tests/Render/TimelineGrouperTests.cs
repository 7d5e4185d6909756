using Timeline.Model;
using Timeline.Render;
using Timeline.Render.Views;

namespace Timeline.Tests.Render;

public sealed class TimelineGrouperTests
{
    private static TimelineEvent Event(string id, EventDate date) => new() { Id = id, Title = id, Date = date };

    private static List<YearGroup> Group(params TimelineEvent[] events)
    {
        var sorted = ChronologicalOrder.Sort(events);
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return TimelineGrouper.Group(sorted, byId, e => new EventView { Id = e.Id, DateHtml = "", DateText = "", Title = e.Title, Status = "happened" });
    }

    private static string Shape(List<YearGroup> years) => string.Join(" | ", years.Select(y =>
        y.Label + ": " + string.Join(" / ", y.Months.Select(m => (m.Label ?? "-") + " " + string.Join(",", m.Events.Select(e => e.Id))))));

    [Fact]
    public void Events_without_a_date_go_last_under_date_unknown()
    {
        var shape = Shape(Group(
            Event("undated", new EventDate { Value = "", Precision = DatePrecision.Unknown }),
            Event("aug", RenderSamples.Day(2023, 8, 18))));

        Assert.Equal("2023: August aug | Date unknown: - undated", shape);
    }

    [Fact]
    public void Before_and_after_events_sit_in_their_anchor_group()
    {
        var shape = Shape(Group(
            Event("sep", RenderSamples.Day(2023, 9, 2)),
            Event("after", new EventDate { Value = "", Precision = DatePrecision.Unknown, Relation = DateRelation.After, Anchor = "aug" }),
            Event("aug", RenderSamples.Day(2023, 8, 18)),
            Event("before", new EventDate { Value = "", Precision = DatePrecision.Unknown, Relation = DateRelation.Before, Anchor = "aug" })));

        Assert.Equal("2023: August before,aug,after / September sep", shape);
    }

    [Fact]
    public void Dates_coarser_than_a_month_have_no_month_heading()
    {
        var shape = Shape(Group(
            Event("year", new EventDate { Value = "2023", Precision = DatePrecision.Year, Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31) }),
            Event("jan", RenderSamples.Day(2023, 1, 5)),
            Event("q3", new EventDate { Value = "2023-Q3", Precision = DatePrecision.Quarter, Start = new DateOnly(2023, 7, 1), End = new DateOnly(2023, 9, 30) })));

        Assert.Equal("2023: - year / January jan / - q3", shape);
    }
}
