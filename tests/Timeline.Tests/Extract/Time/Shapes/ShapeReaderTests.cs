using Microsoft.Recognizers.Text;
using Timeline.Extract.Time.Shapes;

namespace Timeline.Tests.Extract.Time.Shapes;

/// <summary>The fast engine's readings of the common shapes, against the publication date, and the windows it leaves alone.</summary>
public sealed class ShapeReaderTests
{
    private static readonly ShapeReader Reader = new();

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Values(ModelResult result) =>
        string.Join(" | ", ((List<Dictionary<string, string>>)result.Resolution["values"]).Select(v => string.Join(",", v.Select(p => $"{p.Key}={p.Value}"))));

    private static ModelResult Only(string window, DateTime reference) => Assert.Single(Reader.Read(window, reference)!);

    [Theory]
    [InlineData(2010, 5, 20, "Monday", 1, "2010-05-17", "2010-05-24")] // a Thursday: Monday before it and after it
    [InlineData(2010, 5, 20, "Thursday", 4, "2010-05-13", "2010-05-20")] // the reference day itself is the next one
    [InlineData(2010, 5, 20, "Sunday", 7, "2010-05-16", "2010-05-23")]
    [InlineData(2010, 5, 17, "Sunday", 7, "2010-05-16", "2010-05-23")] // on a Monday
    [InlineData(2011, 1, 1, "Friday", 5, "2010-12-31", "2011-01-07")] // across the new year
    public void A_weekday_has_the_one_before_and_the_one_from_the_reference_day(int y, int m, int d, string weekday, int number, string past, string future)
    {
        var result = Only($"The minister said on {weekday} that talks would go on.", Day(y, m, d));

        Assert.Equal(weekday.ToLowerInvariant(), result.Text);
        Assert.Equal("datetimeV2.date", result.TypeName);
        Assert.Equal($"timex=XXXX-WXX-{number},type=date,value={past} | timex=XXXX-WXX-{number},type=date,value={future}", Values(result));
    }

    [Fact]
    public void Last_week_read_on_a_monday_is_the_week_before_it()
    {
        var result = Only("Prices rose last week in the region.", Day(2010, 5, 17));

        Assert.Equal("last week", result.Text);
        Assert.Equal("timex=2010-W19,type=daterange,start=2010-05-10,end=2010-05-17", Values(result));
    }

    [Fact]
    public void This_week_at_new_year_is_the_iso_week_of_the_old_year()
    {
        Assert.Equal("timex=2009-W53,type=daterange,start=2009-12-28,end=2010-01-04", Values(Only("Talks resume this week in Geneva.", Day(2010, 1, 1))));
        Assert.Equal("timex=2010-W01,type=daterange,start=2010-01-04,end=2010-01-11", Values(Only("Talks resume next week in Geneva.", Day(2010, 1, 1))));
    }

    [Fact]
    public void Last_month_and_next_year_cross_the_year_boundary()
    {
        Assert.Equal("timex=2009-12,type=daterange,start=2009-12-01,end=2010-01-01", Values(Only("Sales fell last month in Ohio.", Day(2010, 1, 15))));
        Assert.Equal("timex=2011,type=daterange,start=2011-01-01,end=2012-01-01", Values(Only("Elections are due next year in Ohio.", Day(2010, 12, 31))));
    }

    [Fact]
    public void A_month_without_a_year_read_in_january()
    {
        Assert.Equal("timex=XXXX-01,type=daterange,start=2009-01-01,end=2009-02-01 | timex=XXXX-01,type=daterange,start=2010-01-01,end=2010-02-01",
            Values(Only("The plant in Ohio closed in January.", Day(2010, 1, 20))));
        Assert.Equal("timex=XXXX-12,type=daterange,start=2009-12-01,end=2010-01-01 | timex=XXXX-12,type=daterange,start=2010-12-01,end=2011-01-01",
            Values(Only("The plant in Ohio closed in December.", Day(2010, 1, 20))));
    }

    [Fact]
    public void A_day_of_a_month_without_a_year_is_next_from_the_reference_day_itself()
    {
        Assert.Equal("timex=XXXX-01-20,type=date,value=2009-01-20 | timex=XXXX-01-20,type=date,value=2010-01-20", Values(Only("The vote on January 20 was close.", Day(2010, 1, 20))));
        Assert.Equal("timex=XXXX-12-03,type=date,value=2009-12-03 | timex=XXXX-12-03,type=date,value=2010-12-03", Values(Only("The vote on Dec. 3 was close.", Day(2010, 1, 20))));
    }

    [Fact]
    public void Full_dates_in_both_orders_and_a_month_of_a_year()
    {
        Assert.Equal("dec. 3, 1998", Only("The pact signed on Dec. 3, 1998 holds.", Day(2010, 1, 20)).Text);
        Assert.Equal("timex=2008-02-29,type=date,value=2008-02-29", Values(Only("The pact signed on 29 February 2008 holds.", Day(2010, 1, 20))));
        Assert.Equal("timex=1998-09,type=daterange,start=1998-09-01,end=1998-10-01", Values(Only("The pact signed in Sept. 1998 holds.", Day(2010, 1, 20))));
        Assert.Equal("timex=1998,type=daterange,start=1998-01-01,end=1999-01-01", Values(Only("Settlers came here in 1998 with cattle.", Day(2010, 1, 20))));
    }

    [Theory]
    [InlineData(2012, 2, 29, "a year ago", "2011-02-28")] // a leap day a year back is the last day of February
    [InlineData(2012, 2, 29, "four years ago", "2008-02-29")]
    [InlineData(2010, 3, 31, "one month ago", "2010-02-28")]
    [InlineData(2010, 1, 3, "two weeks ago", "2009-12-20")]
    [InlineData(2010, 1, 1, "yesterday", "2009-12-31")]
    public void Days_counted_back_from_the_reference_day(int y, int m, int d, string phrase, string value)
    {
        var result = Only($"The firm said {phrase} that it would sell.", Day(y, m, d));

        Assert.Equal(phrase, result.Text);
        Assert.Equal($"timex={value},type=date,value={value}", Values(result));
    }

    [Theory]
    [InlineData("two weeks", "P2W", "1209600")]
    [InlineData("18 months", "P18M", "46656000")]
    [InlineData("a year", "P1Y", "31536000")]
    public void A_count_of_days_weeks_months_or_years_is_a_duration_in_seconds(string phrase, string timex, string seconds)
    {
        var result = Only($"The strike lasted {phrase} at the plant.", Day(2010, 5, 20));

        Assert.Equal("datetimeV2.duration", result.TypeName);
        Assert.Equal($"timex={timex},type=duration,value={seconds}", Values(result));
    }

    [Theory]
    [InlineData("The plant reopens in two days.")] // a date to the recogniser
    [InlineData("A year after the merger, profits had doubled.")]
    [InlineData("The clinic stays closed until Monday.")] // a modifier beside the shape
    [InlineData("Oil leaked after the April 20 blast.")]
    [InlineData("Shops open on Mondays and Fridays.")] // plurals are recurring times
    [InlineData("He may resign soon.")]
    [InlineData("A leap day: February 29 was chosen.")]
    [InlineData("Thursday, June 3, 2010 was the day.")] // two shapes together make one
    [InlineData("Sales rose 12 percent on Monday.")] // a number beside it
    [InlineData("It was the 20 April explosion.")]
    [InlineData("The shop opens at 6 on Friday.")]
    [InlineData("Prices rose in the 1990s.")]
    [InlineData("Workers met Monday morning.")]
    public void Anything_else_is_left_to_the_recogniser(string window)
    {
        Assert.Null(Reader.Read(window, Day(2010, 5, 20)));
    }
}
