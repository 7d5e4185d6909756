using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class DateDisplayTests
{
    private static EventDate Date(string value, DatePrecision precision, string? start, string? end = null) => new()
    {
        Value = value,
        Precision = precision,
        Start = start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData("2023-08-18", DatePrecision.Day, "2023-08-18", "2023-08-18", "18 August 2023")]
    [InlineData("2023-08-18T14:30", DatePrecision.Time, "2023-08-18", "2023-08-18", "18 August 2023, 14:30")]
    [InlineData("2023-W33", DatePrecision.Week, "2023-08-14", "2023-08-20", "week 33, 2023")]
    [InlineData("2023-08", DatePrecision.Month, "2023-08-01", "2023-08-31", "August 2023")]
    [InlineData("2023-Q3", DatePrecision.Quarter, "2023-07-01", "2023-09-30", "Q3 2023")]
    [InlineData("2023-SU", DatePrecision.Season, "2023-06-01", "2023-08-31", "summer 2023")]
    [InlineData("2023-WI", DatePrecision.Season, "2023-12-01", "2024-02-29", "winter 2023")]
    [InlineData("2023", DatePrecision.Year, "2023-01-01", "2023-12-31", "2023")]
    [InlineData("202", DatePrecision.Decade, "2020-01-01", "2029-12-31", "the 2020s")]
    [InlineData("20", DatePrecision.Century, "2000-01-01", "2099-12-31", "the 21st century")]
    [InlineData("19", DatePrecision.Century, "1900-01-01", "1999-12-31", "the 20th century")]
    [InlineData("2023-08-16/2023-08-18", DatePrecision.Day, "2023-08-16", "2023-08-18", "16–18 August 2023")]
    [InlineData("2023-07-30/2023-08-02", DatePrecision.Day, "2023-07-30", "2023-08-02", "30 July – 2 August 2023")]
    [InlineData("2023-12-30/2024-01-02", DatePrecision.Day, "2023-12-30", "2024-01-02", "30 December 2023 – 2 January 2024")]
    public void Formats_each_precision(string value, DatePrecision precision, string start, string end, string expected)
    {
        Assert.Equal(expected, DateDisplay.Format(Date(value, precision, start, end)));
    }

    [Fact]
    public void Approximate_dates_read_around()
    {
        var date = Date("2023-08", DatePrecision.Month, "2023-08-01", "2023-08-31") with { Approximate = true };
        Assert.Equal("around August 2023", DateDisplay.Format(date));
    }

    [Fact]
    public void Planned_dates_say_planned()
    {
        var date = Date("2024", DatePrecision.Year, "2024-01-01", "2024-12-31") with { Planned = true };
        Assert.Equal("2024 (planned)", DateDisplay.Format(date));
    }

    [Fact]
    public void Before_uses_the_end_day()
    {
        var date = Date("2023-08-18", DatePrecision.Day, null, "2023-08-18") with { Relation = DateRelation.Before, Text = "before the summit" };
        Assert.Equal("before 18 August 2023", DateDisplay.Format(date));
    }

    [Fact]
    public void A_date_only_reported_reads_on_or_before_the_report_day()
    {
        var date = Date("2023-08-18", DatePrecision.Day, null, "2023-08-18") with { Relation = DateRelation.Before };
        Assert.Equal("on or before 18 August 2023", DateDisplay.Format(date));
        Assert.Equal("2023-08-18", DateDisplay.MachineValue(date));
    }

    [Fact]
    public void After_uses_the_start_at_its_precision()
    {
        var date = Date("2023-08", DatePrecision.Month, "2023-08-01") with { Relation = DateRelation.After };
        Assert.Equal("after August 2023", DateDisplay.Format(date));
    }

    [Fact]
    public void Unplaceable_dates_are_unknown()
    {
        Assert.Equal("date unknown", DateDisplay.Format(Date("", DatePrecision.Unknown, null)));
        Assert.Equal("date unknown", DateDisplay.Format(Date("XXXX", DatePrecision.Year, null)));
        Assert.Equal("date unknown", DateDisplay.Format(Date("", DatePrecision.Unknown, null) with { Relation = DateRelation.Before, Anchor = "x" }));
    }

    [Fact]
    public void Unplaced_before_and_after_borrow_the_anchor_date()
    {
        var anchor = Date("2023-08-16/2023-08-18", DatePrecision.Day, "2023-08-16", "2023-08-18");
        var before = Date("", DatePrecision.Unknown, null) with { Relation = DateRelation.Before, Anchor = "a" };
        var after = before with { Relation = DateRelation.After };
        Assert.Equal("before 16 August 2023", DateDisplay.Format(before, anchor));
        Assert.Equal("after 18 August 2023", DateDisplay.Format(after, anchor));
        Assert.Equal("<time datetime=\"2023-08-18\">after 18 August 2023</time>", DateDisplay.ToHtml(after, anchor));
    }

    [Theory]
    [InlineData("2023-08-18", DatePrecision.Day, "2023-08-18", "2023-08-18")]
    [InlineData("2023-08", DatePrecision.Month, "2023-08-01", "2023-08")]
    [InlineData("2023-W33", DatePrecision.Week, "2023-08-14", "2023-W33")]
    [InlineData("2023", DatePrecision.Year, "2023-01-01", "2023")]
    [InlineData("2023-08-18T14:30", DatePrecision.Time, "2023-08-18", "2023-08-18T14:30")]
    public void Wraps_the_text_in_a_time_element_with_a_valid_datetime(string value, DatePrecision precision, string start, string machine)
    {
        var html = DateDisplay.ToHtml(Date(value, precision, start));
        Assert.StartsWith($"<time datetime=\"{machine}\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_without_a_machine_value_are_plain_text()
    {
        Assert.Equal("the 2020s", DateDisplay.ToHtml(Date("202", DatePrecision.Decade, "2020-01-01")));
        Assert.Equal("date unknown", DateDisplay.ToHtml(Date("", DatePrecision.Unknown, null)));
    }

    [Fact]
    public void Approximate_before_keeps_both_qualifiers()
    {
        var date = Date("2023-08-18", DatePrecision.Day, null, "2023-08-18") with { Relation = DateRelation.Before, Approximate = true, Planned = true };
        Assert.Equal("before 18 August 2023 (approximate) (planned)", DateDisplay.Format(date));
    }
}
