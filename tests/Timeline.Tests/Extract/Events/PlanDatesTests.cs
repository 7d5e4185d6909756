using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A plan lies after the time of writing: a bare weekday it names is the one to come.</summary>
public sealed class PlanDatesTests
{
    private static readonly DateOnly Friday = new(2024, 3, 15);

    private static EventDate Day(DateOnly day, string text) => new()
    {
        Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = day, End = day, Text = text, Planned = true,
    };

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("on Wednesday")]
    public void A_bare_weekday_resolved_to_the_past_moves_to_the_coming_one(string text)
    {
        var moved = PlanDates.Forward(Day(new DateOnly(2024, 3, 13), text), Friday);

        Assert.Equal("2024-03-20", moved.Value);
        Assert.Equal(new DateOnly(2024, 3, 20), moved.Start);
    }

    [Theory]
    [InlineData("last Wednesday", 2024, 3, 13)]
    [InlineData("March 13", 2024, 3, 13)]
    [InlineData("Friday", 2024, 3, 15)]
    [InlineData("Monday", 2024, 3, 18)]
    public void A_weekday_that_says_which_or_a_date_on_or_after_writing_stays(string text, int y, int m, int d)
    {
        var date = Day(new DateOnly(y, m, d), text);

        Assert.Same(date, PlanDates.Forward(date, Friday));
    }
}
