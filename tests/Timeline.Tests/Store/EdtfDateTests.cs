using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class EdtfDateTests
{
    [Theory]
    [InlineData("2023", "2023", DatePrecision.Year, "2023-01-01", "2023-12-31", false)]
    [InlineData("2023-08", "2023-08", DatePrecision.Month, "2023-08-01", "2023-08-31", false)]
    [InlineData("2024-02", "2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29", false)]
    [InlineData("2023-08-18", "2023-08-18", DatePrecision.Day, "2023-08-18", "2023-08-18", false)]
    [InlineData("2023-08-16/2023-08-18", "2023-08-16/2023-08-18", DatePrecision.Day, "2023-08-16", "2023-08-18", false)]
    [InlineData("2023/2024-06", "2023/2024-06", DatePrecision.Year, "2023-01-01", "2024-06-30", false)]
    [InlineData("2023-08-16/..", "2023-08-16/..", DatePrecision.Day, "2023-08-16", null, false)]
    [InlineData("~2023-08", "2023-08", DatePrecision.Month, "2023-08-01", "2023-08-31", true)]
    [InlineData("2023-08~", "2023-08", DatePrecision.Month, "2023-08-01", "2023-08-31", true)]
    [InlineData("2023?", "2023", DatePrecision.Year, "2023-01-01", "2023-12-31", true)]
    [InlineData("2023%", "2023", DatePrecision.Year, "2023-01-01", "2023-12-31", true)]
    [InlineData(" 2023-Q3 ", "2023-Q3", DatePrecision.Quarter, "2023-07-01", "2023-09-30", false)]
    [InlineData("2023-21", "2023-SP", DatePrecision.Season, "2023-03-01", "2023-05-31", false)]
    [InlineData("2023-24", "2023-WI", DatePrecision.Season, "2023-12-01", "2024-02-29", false)]
    [InlineData("202X", "202", DatePrecision.Decade, "2020-01-01", "2029-12-31", false)]
    [InlineData("19XX", "19", DatePrecision.Century, "1900-01-01", "1999-12-31", false)]
    [InlineData("-0044", "-0044", DatePrecision.Year, null, null, false)]
    [InlineData("-0044-03-15", "-0044-03-15", DatePrecision.Day, null, null, false)]
    [InlineData("~-0500", "-0500", DatePrecision.Year, null, null, true)]
    public void Reads_each_form_into_value_precision_days_and_certainty(
        string text, string value, DatePrecision precision, string? start, string? end, bool approximate)
    {
        var date = EdtfDate.Parse(text, out var error);

        Assert.True(date is not null, error);
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(approximate, date.Approximate);
    }

    [Theory]
    [InlineData("2023-13", "there is no month 13")]
    [InlineData("2023-02-29", "there is no day 29 in 2023-02")]
    [InlineData("-0043-02-29", "there is no day 29 in -0043-02")]
    [InlineData("2023-08-18/2023-08-16", "ends before it starts")]
    [InlineData("../..", "open at both ends")]
    [InlineData("23", "is not a date; write 2023")]
    [InlineData("last week", "is not a date; write 2023")]
    [InlineData("2023-08-18T10:00", "is not a date")]
    [InlineData("2023/nope", "is not a date range")]
    [InlineData("", "is not a date")]
    public void Says_why_a_text_is_not_a_date(string text, string why)
    {
        Assert.Null(EdtfDate.Parse(text, out var error));
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leap_days_follow_the_proleptic_gregorian_calendar_before_the_common_era()
    {
        Assert.NotNull(EdtfDate.Parse("-0004-02-29", out _));
        Assert.NotNull(EdtfDate.Parse("-0044-02-29", out _)); // EDTF -0044 is astronomical year -44 (45 BCE), a leap year.
        Assert.NotNull(EdtfDate.Parse("0000-02-29", out _));
        Assert.Null(EdtfDate.Parse("-0100-02-29", out _));
    }
}
