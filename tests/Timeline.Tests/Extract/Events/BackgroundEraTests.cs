using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A past happening with no time of its own, told right after sentences set in an earlier era, belongs to that era: it is not
/// shown as one "on or before" the article's day. Tested through the whole extractor.
/// </summary>
public sealed class BackgroundEraTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    private static string Triggers(List<TimelineEvent> events) => string.Join(" | ", events.Select(e => $"{e.Sources[0].Trigger}: {e.Title} {e.Date.Value}"));

    [Fact]
    public void A_happening_told_after_an_earlier_year_is_not_dated_by_the_article()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Margaret Hodge sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void A_happening_after_an_era_counted_on_from_it_is_not_dated_by_the_article()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Two years later, a fire broke out in its basement.\n\n" +
            "Margaret Hodge sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void A_time_that_says_which_of_a_possessors_things_does_not_end_the_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Margaret Hodge cut short her January holiday in York.\n\n" +
            "She sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void The_same_time_told_as_the_narrative_s_own_ends_the_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Margaret Hodge went on holiday to York in January.\n\n" +
            "She sold the hospital to Serco.");

        // The sale is told after the January holiday, not in 1998.
        var sale = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.True(sale.Date.Start >= new DateOnly(2024, 1, 1), Triggers(events));
    }

    [Fact]
    public void A_happening_after_a_recent_time_keeps_the_article_bound()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Last month the hospital admitted its millionth patient.\n\n" +
            "Margaret Hodge sold the hospital to Serco.");

        var sale = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.True(sale.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void A_happening_that_comes_back_to_the_present_keeps_the_article_bound()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "More recently, Margaret Hodge sold the hospital to Serco.");

        var sale = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.True(sale.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void An_era_named_many_sentences_before_has_ended()
    {
        // A report that opens on its own day: one that opens in the era keeps to it (RetrospectiveArticleTests).
        var events = Events(
            "Serco said on Monday that it would close two wards.\n\n" +
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "The hospital has 400 beds.\n\nIt employs 2,000 staff.\n\nIts car park is free.\n\nIts wards are large.\n\n" +
            "Margaret Hodge sold the hospital to Serco.");

        var sale = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.True(sale.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void A_quoted_present_does_not_end_the_era()
    {
        var events = Events(
            "In March 1971, Lars Holm, the head of Maersk, told a hearing in Aarhus: \"We live in this day and age.\"\n\n" +
            "Holm rejected calls to close the yard.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "rejected");
    }

    [Fact]
    public void A_clause_opening_at_the_time_goes_on_in_the_era_just_named()
    {
        var events = Events(
            "The Vell ferry line runs in the Baltic. Its worst losses were in 1994.\n\n" +
            "At the time, Lars Holm, a captain from Aarhus, rejected calls to close the port.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "rejected");
    }

    [Fact]
    public void At_the_time_after_a_recent_time_keeps_the_article_bound()
    {
        var events = Events(
            "Last month Maersk closed the Vell yard in Aarhus.\n\n" +
            "At the time, Lars Holm rejected calls to sell the port.");

        var rejection = Assert.Single(events, e => e.Sources[0].Trigger == "rejected");
        Assert.True(rejection.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void A_year_closing_a_main_past_verb_sets_the_era()
    {
        var events = Events(
            "Lars Holm, the man who built the Vell yard, came to Aarhus in 1994 with a plan.\n\n" +
            "However, Holm fell out with the Fjord union.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "fell");
    }

    [Theory]
    [InlineData("Holm came to Aarhus in 1982 with a plan.", true)]
    [InlineData("He was appointed in 2003.", true)]
    [InlineData("Holm, captain of the Vell that ran aground in 1989, was acquitted.", false)]
    [InlineData("The Vessa index shed 18 percent of its value in 2003.", true)]
    [InlineData("The old tanker ran aground in 1989.", true)]
    [InlineData("Maersk said the tanker ran aground in 1989.", false)]
    [InlineData("Holm was on trial in Aarhus, the doctor charged with manslaughter over the death in 2009.", false)]
    [InlineData("The yard's output in 1994 was small.", false)]
    [InlineData("The leak could match the oil spilt from the Vell in 1989.", false)]
    [InlineData("Holm was on trial, the doctor charged over the Vell sinking in 2009.", false)]
    public void Only_a_main_past_verb_is_dated_by_its_closing_year(string sentence, bool dates)
    {
        Assert.Equal(dates, BackgroundEra.DatesMainVerb(sentence, System.Text.RegularExpressions.Regex.Match(sentence, @"\d{4}").Index));
    }

    [Fact]
    public void A_year_closing_the_subject_of_a_past_verb_sets_the_era()
    {
        var events = Events(
            "Maersk said on Monday that it would close the Aarhus yard.\n\n" +
            "The yard has a troubled past.\n\n" +
            "A fire at the Aarhus yard in 2005 destroyed two ferries.\n\n" +
            "Maersk was fined $80m by the Danish regulator.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "fined");
    }

    [Fact]
    public void A_span_between_two_old_times_sets_the_era()
    {
        var events = Events(
            "Maersk said on Monday that it would close the Aarhus yard.\n\n" +
            "The Vessa index shed 18 percent of its value between December 2002 and April 2003.\n\n" +
            "Lars Holm sold the yard to Maersk.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void A_comparison_after_the_era_s_year_does_not_end_it()
    {
        var events = Events(
            "Maersk said on Monday that it would close the Aarhus yard.\n\n" +
            "The yard has a troubled past.\n\n" +
            "A fire at the Aarhus yard in 2005 destroyed two ferries, the worst accident in Denmark since 1990.\n\n" +
            "Maersk was fined $80m by the Danish regulator.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "fined");
    }

    [Theory]
    [InlineData("A fire at the Aarhus yard in 2005 destroyed two ferries.", true)]
    [InlineData("An explosion at a refinery in south Aarhus in 2005 killed 15 people.", true)]
    [InlineData("A fire at the Aarhus yard in 2005 caused by arson destroyed two ferries.", false)]
    [InlineData("A fire at the Aarhus yard in 2005 has destroyed two ferries.", false)]
    [InlineData("The fire, the worst in 2005, destroyed two ferries.", false)]
    [InlineData("Maersk said a fire at the yard in 2005 destroyed two ferries.", false)]
    [InlineData("The firm that bought the yard in 2005 sold it.", false)]
    public void Only_the_subject_of_a_past_verb_is_dated_by_its_closing_year(string sentence, bool dates)
    {
        var year = System.Text.RegularExpressions.Regex.Match(sentence, @"\d{4}");
        Assert.Equal(dates, BackgroundEra.DatesSubjectsHappening(sentence, year.Index, year.Index + year.Length));
    }
}
