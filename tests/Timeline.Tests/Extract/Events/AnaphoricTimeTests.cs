using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"A year earlier", "the next day" count from the time the story gave, never from the article date.</summary>
public sealed class AnaphoricTimeTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static EventDate Day(int y, int m, int d) => new()
    {
        Value = $"{y:D4}-{m:D2}-{d:D2}", Precision = DatePrecision.Day, Start = new DateOnly(y, m, d), End = new DateOnly(y, m, d),
    };

    private static EventDate Year(int y) => new()
    {
        Value = $"{y:D4}", Precision = DatePrecision.Year, Start = new DateOnly(y, 1, 1), End = new DateOnly(y, 12, 31),
    };

    [Theory]
    [InlineData("A year earlier", "2005")]
    [InlineData("the previous year", "2005")]
    [InlineData("two days later", "2006")]
    public void Counted_from_a_year_it_gives_a_year(string text, string expected)
    {
        Assert.Equal(expected, AnaphoricTime.From(text, Year(2006))?.Value);
    }

    [Theory]
    [InlineData("Two days later", "2006-03-05")]
    [InlineData("the next day", "2006-03-04")]
    [InlineData("the day before", "2006-03-02")]
    [InlineData("three months earlier", "2005-12")]
    public void Counted_from_a_day_it_keeps_its_own_unit(string text, string expected)
    {
        Assert.Equal(expected, AnaphoricTime.From(text, Day(2006, 3, 3))?.Value);
    }

    [Theory]
    [InlineData("two hours later", false)]
    [InlineData("five minutes later", false)]
    [InlineData("an hour earlier", false)]
    [InlineData("ten hours later", true)]
    public void Counted_in_hours_from_a_day_it_keeps_the_day_and_says_when_it_may_cross_midnight(string text, bool approximate)
    {
        var date = AnaphoricTime.From(text, Day(2006, 3, 3));

        Assert.True(AnaphoricTime.IsAnaphoric(text));
        Assert.Equal("2006-03-03", date?.Value);
        Assert.Equal(approximate, date!.Approximate);
    }

    [Fact]
    public void An_event_hours_after_a_named_day_is_on_that_day_not_the_articles()
    {
        var dead = fixture.ByTrigger("Prime Minister Lars Holm collapsed at his home on 25 June 2009. He was pronounced dead two hours later at the Aarhus hospital.",
            Published, "pronounced");

        Assert.Equal("2009-06-25", dead.Date.Value);
    }

    [Theory]
    [InlineData("weeks later")]
    [InlineData("several years earlier")]
    public void With_no_count_it_dates_nothing(string text)
    {
        Assert.Null(AnaphoricTime.From(text, Day(2006, 3, 3)));
    }

    [Theory]
    [InlineData("next week", false)]
    [InlineData("last year", false)]
    [InlineData("a year earlier", true)]
    [InlineData("The following week", true)]
    public void Only_times_that_count_from_the_story_are_anaphoric(string text, bool anaphoric)
    {
        Assert.Equal(anaphoric, AnaphoricTime.IsAnaphoric(text));
    }

    [Fact]
    public void An_event_a_year_earlier_than_a_named_year_is_dated_from_it()
    {
        var events = fixture.Extract("In 2006 the Nordic Council fined Maersk. A year earlier, Maersk paid a fine to the Nordic Council.", Published).Events;
        var paid = Assert.Single(events, e => e.Sources[0].Trigger == "paid");
        Assert.Equal("2005", paid.Date.Value);
    }

    [Theory]
    [InlineData("Lars Holm became prime minister on 6 September 2022, replacing Ida Berg, who had resigned in July. Two days later, Maersk paid a fine to the Nordic Council.", "2022-09-08")]
    [InlineData("Ida Berg, who was elected in 2019, resigned in July 2022. Two days later, Maersk paid a fine to the Nordic Council.", "2022-07")]
    public void A_count_goes_from_the_main_clause_s_time_not_one_in_a_relative_clause_about_someone_named(string text, string expected)
    {
        var paid = Assert.Single(fixture.Extract(text, Published).Events, e => e.Sources[0].Trigger == "paid");
        Assert.Equal(expected, paid.Date.Value);
    }

    [Fact]
    public void With_only_a_relative_clause_s_time_before_it_the_count_dates_nothing()
    {
        var events = fixture.Extract(
            "Lars Holm replaced Ida Berg, who had resigned in July 2022. Two days later, Maersk paid a fine to the Nordic Council.",
            Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "paid" && e.Date.Value.StartsWith("2022-07", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_between_does_not_move_the_time_it_counts_from()
    {
        var events = fixture.Extract(
            "In 2006 the Nordic Council fined Maersk over a faulty crane. \"The crane was not fit for its purpose and failed in service.\" A year earlier, Maersk paid a fine to the Nordic Council.",
            Published).Events;
        var paid = Assert.Single(events, e => e.Sources[0].Trigger == "paid");
        Assert.Equal("2005", paid.Date.Value);
    }

    [Fact]
    public void A_sentence_of_narrative_between_ends_the_count()
    {
        var events = fixture.Extract(
            "In 2006 the Nordic Council fined Maersk over a faulty crane. The crane was not fit for its purpose and failed in service. Two days later, Maersk paid a fine to the Nordic Council.",
            Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "paid" && e.Date.Relation == DateRelation.On);
    }

    [Fact]
    public void With_no_time_before_it_the_event_is_only_reported()
    {
        var events = fixture.Extract("Two days later, Maersk paid a fine to the Nordic Council.", Published).Events;
        var paid = Assert.Single(events, e => e.Sources[0].Trigger == "paid");
        Assert.Equal(DateRelation.Before, paid.Date.Relation);
        Assert.NotEqual(EventStatus.Planned, paid.Status);
    }
}
