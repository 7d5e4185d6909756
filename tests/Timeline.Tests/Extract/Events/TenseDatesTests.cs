using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A plan lies after the time of writing, a past happening before it: a bare weekday, day or month is read so.</summary>
public sealed class TenseDatesTests
{
    private static readonly DateOnly Friday = new(2024, 3, 15);
    private static readonly DateOnly Published = new(2010, 6, 9);

    private static EventDate Day(DateOnly day, string text) => new()
    {
        Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = day, End = day, Text = text, Planned = true,
    };

    private static EventDate Week(DateOnly monday, string text) => new()
    {
        Value = System.Globalization.ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue)) + "-W" + System.Globalization.ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        Precision = DatePrecision.Week, Start = monday, End = monday.AddDays(6), Text = text, Planned = true,
    };

    [Theory]
    [InlineData("this week")]
    [InlineData("later this week")]
    public void A_plan_for_this_week_in_a_Sunday_article_is_the_week_to_come(string text)
    {
        var sunday = new DateOnly(2024, 3, 17);

        var moved = TenseDates.Forward(Week(new DateOnly(2024, 3, 11), text), sunday);

        Assert.Equal("2024-W12", moved.Value);
        Assert.Equal(new DateOnly(2024, 3, 18), moved.Start);
        Assert.Equal(new DateOnly(2024, 3, 24), moved.End);
    }

    [Fact]
    public void This_week_stays_on_other_days_and_for_a_past_plan()
    {
        var week = Week(new DateOnly(2024, 3, 11), "this week");

        Assert.Same(week, TenseDates.Forward(week, Friday));
        Assert.Same(week, TenseDates.Forward(week, new DateOnly(2024, 3, 17), pastPlan: true));
        var last = Week(new DateOnly(2024, 3, 11), "last week");
        Assert.Same(last, TenseDates.Forward(last, new DateOnly(2024, 3, 17)));
    }

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("on Wednesday")]
    public void A_bare_weekday_resolved_to_the_past_moves_to_the_coming_one(string text)
    {
        var moved = TenseDates.Forward(Day(new DateOnly(2024, 3, 13), text), Friday);

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

        Assert.Same(date, TenseDates.Forward(date, Friday));
    }

    [Fact]
    public void A_plan_told_in_the_past_keeps_its_day()
    {
        var april = Day(new DateOnly(2023, 4, 9), "April 9");

        Assert.Same(april, TenseDates.Forward(april, Friday, pastPlan: true));
        Assert.Equal("2024-04-09", TenseDates.Forward(april, Friday).Value);
    }

    [Fact]
    public void A_plan_day_of_a_month_long_before_writing_is_the_one_to_come()
    {
        var moved = TenseDates.Forward(Day(new DateOnly(2023, 11, 3), "November 3"), Friday);

        Assert.Equal("2024-11-03", moved.Value);
    }

    private static EventDate Told(DateOnly day, string text) =>
        new() { Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = day, End = day, Text = text };

    [Fact]
    public void A_happened_day_of_a_month_ahead_of_the_article_is_the_one_before()
    {
        var date = TenseDates.Back(Told(new DateOnly(2010, 6, 25), "25 June"), Published);

        Assert.Equal("2009-06-25", date.Value);
        Assert.Equal(new DateOnly(2009, 6, 25), date.End);
    }

    [Fact]
    public void A_happened_month_ahead_of_the_article_is_the_one_before()
    {
        var august = new EventDate
        {
            Value = "2010-08", Precision = DatePrecision.Month, Start = new DateOnly(2010, 8, 1), End = new DateOnly(2010, 8, 31), Text = "in August",
        };
        var date = TenseDates.Back(august, Published);

        Assert.Equal("2009-08", date.Value);
        Assert.Equal(new DateOnly(2009, 8, 31), date.End);
    }

    [Fact]
    public void A_happened_weekday_ahead_of_the_article_is_the_one_before()
    {
        Assert.Equal("2010-06-04", TenseDates.Back(Told(new DateOnly(2010, 6, 11), "on Friday"), Published).Value);
    }

    [Theory]
    [InlineData("25 June 2010")]
    [InlineData("next Friday")]
    [InlineData("this June")]
    [InlineData("Easter")]
    public void A_happened_date_with_a_year_or_a_word_that_says_which_one_is_kept(string text)
    {
        var ahead = Told(new DateOnly(2010, 6, 25), text);

        Assert.Same(ahead, TenseDates.Back(ahead, Published));
    }

    [Fact]
    public void A_happened_day_on_or_before_the_article_is_kept()
    {
        var before = Told(new DateOnly(2010, 6, 2), "2 June");

        Assert.Same(before, TenseDates.Back(before, Published));
    }

    [Theory]
    [InlineData("Hayward was called to testify on June 17", "called", "June 17", true)]
    [InlineData("Jackson died at his home on 25 June", "died", "25 June", false)]
    [InlineData("On June 17, Hayward was called to testify", "called", "June 17", false)]
    [InlineData("BP said Apache would pay a deposit on July 30", "said", "July 30", true)]
    [InlineData("Menendez postponed a hearing, scheduled for Thursday", "postponed", "Thursday", true)]
    [InlineData("Jackson returned to the ranch on 25 June", "returned", "25 June", false)]
    [InlineData("Maersk was forced to close the yard in August", "forced", "August", false)]
    [InlineData("Maersk managed to sell the rig in May", "managed", "May", false)]
    [InlineData("Maersk was due to sell the rig in May", "due", "May", true)]
    [InlineData("Maersk was asked to sell the rig in May", "asked", "May", true)]
    public void A_time_after_a_verb_to_come_times_that_verb(string clause, string trigger, string time, bool after)
    {
        Assert.Equal(after, TenseDates.TimesVerbToCome(clause, clause.IndexOf(trigger, StringComparison.Ordinal) + trigger.Length, time));
    }

    [Theory]
    [InlineData("on Wednesday", true)]
    [InlineData("March 13", true)]
    [InlineData("yesterday", true)]
    [InlineData("today", false)]
    [InlineData("this Wednesday", false)]
    public void A_present_perfect_takes_no_day_gone_by(string text, bool gone)
    {
        Assert.Equal(gone, TenseDates.PastDayOfPerfect(Day(new DateOnly(2024, 3, 13), text) with { Planned = false }));
    }

    [Fact]
    public void A_month_or_a_bound_is_no_day_gone_by()
    {
        var month = new EventDate { Value = "2024-03", Precision = DatePrecision.Month, Start = new DateOnly(2024, 3, 1), End = new DateOnly(2024, 3, 31), Text = "in March" };
        Assert.False(TenseDates.PastDayOfPerfect(month));
        Assert.False(TenseDates.PastDayOfPerfect(Day(new DateOnly(2024, 3, 13), "Wednesday") with { Relation = DateRelation.Before }));
    }

    [Theory]
    [InlineData("2009-06", "in June 2009", true)]
    [InlineData("2005", "in 2005", true)]
    [InlineData("2024-02", "last month", true)]
    [InlineData("2024-03", "in March", false)]
    [InlineData("2024", "in 2024", false)]
    [InlineData("2023", "this year", false)]
    [InlineData("2024-W10", "over the past week", false)]
    public void A_present_perfect_takes_no_month_or_year_gone_by(string value, string text, bool gone)
    {
        var week = value.Contains('W', StringComparison.Ordinal);
        var start = week ? new DateOnly(2024, 3, 4) : value.Length == 4 ? new DateOnly(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 1, 1) : DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = week ? start.AddDays(6) : value.Length == 4 ? new DateOnly(start.Year, 12, 31) : start.AddMonths(1).AddDays(-1);
        var precision = week ? DatePrecision.Week : value.Length == 4 ? DatePrecision.Year : DatePrecision.Month;
        var date = new EventDate { Value = value, Precision = precision, Start = start, End = end, Text = text };
        Assert.Equal(gone, TenseDates.PastTimeOfPerfect(date, new DateOnly(2024, 3, 13)));
    }

    [Fact]
    public void A_month_gone_by_right_by_the_verb_is_its_own()
    {
        var month = new EventDate { Value = "2024-02", Precision = DatePrecision.Month, Start = new DateOnly(2024, 2, 1), End = new DateOnly(2024, 2, 29), Text = "last month" };
        Assert.True(TenseDates.PastTimeOfPerfect(month, new DateOnly(2024, 3, 13)));
        Assert.False(TenseDates.PastTimeOfPerfect(month, new DateOnly(2024, 3, 13), nextToVerb: true));
    }

    [Theory]
    [InlineData("Maersk has warned last month the strike could cost it dear", "warned", "last month", true)]
    [InlineData("Maersk has closed its depot last month", "closed", "last month", true)]
    [InlineData("Last month Maersk has closed its depot", "closed", "Last month", true)]
    [InlineData("Holm has pleaded not guilty to the killing of a guard in June 2009", "pleaded", "June 2009", false)]
    public void A_time_by_the_verb_or_after_its_object_modifies_the_verb(string clause, string verb, string time, bool modifies)
    {
        var verbAt = clause.IndexOf(verb, StringComparison.Ordinal);
        var groupStart = clause.LastIndexOf(" has ", verbAt, StringComparison.Ordinal) + 1;
        Assert.Equal(modifies, TenseDates.ModifiesVerb(clause, groupStart, verbAt + verb.Length, time));
    }
}
