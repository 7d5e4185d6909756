using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A feature that opens in an earlier era ("Ida Berg was a child when the Vell ferry sank in March 1987") keeps to it: a past
/// happening it tells with no time of its own, however far on, is of that era, not news "on or before" the article's day. A news
/// report that opens on its own day and names an old happening only to compare keeps the usual bound. Tested through the whole
/// extractor.
/// </summary>
public sealed class RetrospectiveArticleTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    // Five sentences with no time and no happening of their own: past the few sentences an era holds in a news report.
    private const string Memories =
        "The memory of the wreck is etched on her mind.\n\n" +
        "\"The oil covered the reefs and the beaches,\" she recalled.\n\n" +
        "\"Even today you can find stains on the rocks.\"\n\n" +
        "The wreck is still the largest spill in the Baltic.\n\n" +
        "The parallels with the Aarhus leak are striking.\n\n";

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    private static string Triggers(List<TimelineEvent> events) => string.Join(" | ", events.Select(e => $"{e.Sources[0].Trigger}: {e.Title} {e.Date.Value}"));

    [Fact]
    public void A_feature_that_opens_in_an_old_era_keeps_an_undated_happening_in_it()
    {
        var events = Events(
            "Lessons of the Vell wreck for the Aarhus leak Friday 15 March 2024 09.30 GMT\n\n" +
            "Ida Berg was a child when the Vell ferry sank off Gotland in March 1987.\n\n" + Memories +
            "The Swedish navy sent divers to the wreck.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sent");
    }

    [Fact]
    public void A_news_report_that_opens_on_its_day_keeps_the_article_bound()
    {
        var events = Events(
            "Maersk said today that the Aarhus leak was the worst since the Vell ferry sank off Gotland in March 1987.\n\n" + Memories +
            "The Swedish navy sent divers to the wreck.");

        var sent = Assert.Single(events, e => e.Sources[0].Trigger == "sent");
        Assert.True(sent.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void An_old_year_in_a_comparison_opens_no_era()
    {
        var events = Events(
            "The Aarhus leak is the worst in the Baltic since 1989.\n\n" + Memories +
            "The Swedish navy sent divers to the wreck.");

        var sent = Assert.Single(events, e => e.Sources[0].Trigger == "sent");
        Assert.True(sent.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void A_recent_time_in_a_feature_ends_its_era()
    {
        var events = Events(
            "Lessons of the Vell wreck for the Aarhus leak\n\n" +
            "Ida Berg was a child when the Vell ferry sank off Gotland in March 1987.\n\n" + Memories +
            "Last month Maersk hired 200 divers.\n\n" +
            "The Swedish navy sent divers to the wreck.");

        var sent = Assert.Single(events, e => e.Sources[0].Trigger == "sent");
        Assert.True(sent.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void An_aside_on_what_a_person_is_now_does_not_end_an_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Margaret Hodge, now 81, sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void An_aside_on_what_a_person_is_now_in_an_earlier_sentence_does_not_end_an_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Margaret Hodge, now a Serco director, was its first manager.\n\n" +
            "She sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void An_era_first_named_after_the_opening_holds_only_a_few_sentences()
    {
        var events = Events(
            "Maersk divers reached the Aarhus wreck.\n\n" +
            "The leak has spread along the coast.\n\n" +
            "The Vell ferry sank off Gotland in March 1987.\n\n" + Memories +
            "The Swedish navy sent divers to the wreck.");

        var sent = Assert.Single(events, e => e.Sources[0].Trigger == "sent");
        Assert.True(sent.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void Now_that_brings_the_story_back_still_ends_an_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "Now Margaret Hodge sold the hospital to Serco.");

        var sale = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.True(sale.Date.IsReportedOnly(), Triggers(events));
    }

    [Fact]
    public void The_past_named_by_no_time_does_not_end_an_era()
    {
        var events = Events(
            "In 1998, the Ministry of Health opened a hospital in Leeds.\n\n" +
            "In the past, small hospitals had been run by the councils.\n\n" +
            "Margaret Hodge sold the hospital to Serco.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sold");
    }
}
