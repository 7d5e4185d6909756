using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A clause timed by a happening the article dates elsewhere ("After the explosion, ..." when the article tells of "the April 20
/// explosion") is dated after (or before) that day, not only "on or before" the article's. Tested through the whole extractor.
/// </summary>
public sealed class DatedHappeningsTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private TimelineEvent Event(string body, string trigger) => fixture.ByTrigger(body, Published, trigger);

    [Fact]
    public void A_clause_after_a_happening_the_article_dates_is_after_that_day()
    {
        var sent = Event(
            "The April 20 explosion at the Vell refinery killed 11 workers.\n\n" +
            "After the explosion, Maersk sent divers to the wreck.", "sent");

        Assert.Equal(DateRelation.After, sent.Date.Relation);
        Assert.Equal(new DateOnly(2024, 4, 20), sent.Date.Start);
        // Sent by the article's day: the span ends there.
        Assert.Equal(Published, sent.Date.End);
        Assert.Equal("2024-04-20", sent.Date.Value);
    }

    [Fact]
    public void A_happening_dated_in_the_phrase_itself_times_the_clause()
    {
        var hired = Event("Since the March 3 blowout, Maersk has hired 500 engineers.", "hired");

        Assert.Equal(DateRelation.After, hired.Date.Relation);
        Assert.Equal(new DateOnly(2024, 3, 3), hired.Date.Start);
    }

    [Fact]
    public void A_happening_dated_by_a_time_after_its_noun_times_the_clause()
    {
        var sold = Event(
            "Shares in Maersk fell after the explosion on April 20.\n\n" +
            "Following the explosion, Lars Holm sold his shares in Maersk.", "sold");

        Assert.Equal(DateRelation.After, sold.Date.Relation);
        Assert.Equal(new DateOnly(2024, 4, 20), sold.Date.Start);
    }

    [Fact]
    public void Before_a_dated_happening_is_on_or_before_its_day()
    {
        var moved = Event(
            "The April 20 explosion at the Vell refinery killed 11 workers.\n\n" +
            "Maersk moved the tanker Fjord out of the harbour before the explosion.", "moved");

        Assert.Equal(DateRelation.Before, moved.Date.Relation);
        Assert.Equal(new DateOnly(2024, 4, 20), moved.Date.End);
        Assert.Null(moved.Date.Start);
    }

    [Fact]
    public void A_happening_named_with_its_proper_words_takes_the_one_dated_with_them()
    {
        var sold = Event(
            "The 2019 Talvik fire killed 15 workers at the refinery.\n\n" +
            "After the Talvik fire, Maersk sold the refinery to Holmgaard.", "sold");

        Assert.Equal(DateRelation.After, sold.Date.Relation);
        Assert.Equal("2019", sold.Date.Value);
    }

    [Fact]
    public void A_bare_noun_is_the_story_s_own_happening_not_an_old_one_of_the_same_kind()
    {
        var bought = Event(
            "Maersk said the damage was smaller than after the 1989 Talvik spill.\n\n" +
            "After the spill, Maersk bought the Talvik shipyard.", "bought");

        Assert.True(bought.Date.IsReportedOnly(), $"{bought.Date.Relation} {bought.Date.Value}");
    }

    [Fact]
    public void Happenings_of_the_same_name_on_different_days_time_nothing()
    {
        var bought = Event(
            "The April 20 explosion at the Vell refinery killed 11 workers; the March 2 explosion at its Talvik plant killed one.\n\n" +
            "After the explosion, Maersk bought the Talvik shipyard.", "bought");

        Assert.True(bought.Date.IsReportedOnly(), $"{bought.Date.Relation} {bought.Date.Value}");
    }

    [Fact]
    public void A_report_s_time_names_no_happening_its_verb_speaks_of()
    {
        var bought = Event(
            "The March 2024 audit warned refinery explosions could happen at any time.\n\n" +
            "After the explosion, Maersk bought the Talvik shipyard.", "bought");

        Assert.True(bought.Date.IsReportedOnly(), $"{bought.Date.Relation} {bought.Date.Value}");
    }

    [Fact]
    public void A_phrase_of_another_clause_does_not_time_the_main_one()
    {
        var bought = Event(
            "The April 20 explosion at the Vell refinery killed 11 workers.\n\n" +
            "Maersk bought the Talvik shipyard because its owner had lost money since the explosion.", "bought");

        Assert.True(bought.Date.IsReportedOnly(), $"{bought.Date.Relation} {bought.Date.Value}");
    }

    [Theory]
    [InlineData("Maersk was fined over a spill from corroded pipes in 2019.")]
    [InlineData("Maersk was fined over the blast at its Aarhus yard in 2019.")]
    [InlineData("Maersk was fined over a spill in 2019.")]
    public void What_a_clause_is_over_is_its_reason_whose_time_does_not_date_the_clause(string body)
    {
        var fined = Event(body, "fined");

        Assert.True(fined.Date.IsReportedOnly(), $"{fined.Date.Relation} {fined.Date.Value}");
    }

    [Fact]
    public void What_a_clause_is_over_with_no_time_of_its_own_leaves_the_clause_to_the_article()
    {
        var sued = Event(
            "The April 20 explosion at the Vell refinery killed 11 workers.\n\n" +
            "Lars Holm sued Maersk over the explosion.", "sued");

        Assert.True(sued.Date.IsReportedOnly(), $"{sued.Date.Relation} {sued.Date.Value}");
    }

    [Fact]
    public void Some_happening_after_a_temporal_word_is_not_one_the_story_dates()
    {
        // "after a blast": some blast, which its own time does not make the story's to time the clause by.
        var sold = Event("Lars Holm sold his shares in Maersk after a blast on Monday.", "sold");

        Assert.NotEqual(DateRelation.After, sold.Date.Relation);
    }
}
