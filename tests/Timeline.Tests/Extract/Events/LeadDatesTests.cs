using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// The inverted pyramid: a later clause that retells the lead's happening with the same verb and no time of its own takes the
/// day the lead gave it; tested through the whole extractor.
/// </summary>
public sealed class LeadDatesTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    // A Friday.
    private static readonly DateOnly Published = new(2024, 3, 15);

    private TimelineEvent ByTrigger(string body, string trigger) => fixture.ByTrigger(body, Published, trigger);

    [Fact]
    public void A_retold_happening_takes_the_day_the_lead_gave_it()
    {
        var e = ByTrigger(
            "A school principal suffering from swine flu died on Sunday, medical officials said.\n\n" +
            "Mitchell Wiener, 55, died after being admitted to Flushing Hospital several days ago, said a hospital spokesman.", "died");

        Assert.Equal("Mitchell Wiener died", e.Title);
        Assert.Equal("2024-03-10", e.Date.Value);
        Assert.Equal(DateRelation.On, e.Date.Relation);
    }

    [Fact]
    public void A_standfirst_told_without_its_day_takes_the_day_the_lead_retells_it_with()
    {
        var e = ByTrigger(
            "Lars Holm has warned of the risk of a trade war with Norway over the fishing quotas.\n\n" +
            "Lars Holm today warned that a row between Denmark and Norway over the quotas was in danger of turning into a trade war.", "warned");

        Assert.Equal("2024-03-15", e.Date.Value);
        Assert.Equal(DateRelation.On, e.Date.Relation);
    }

    [Fact]
    public void A_standfirst_is_not_dated_by_the_same_verb_of_someone_else_in_the_lead()
    {
        var e = ByTrigger(
            "Lars Holm has warned of the risk of a trade war with Norway over the fishing quotas.\n\n" +
            "Ida Berg on Tuesday warned that a row between Denmark and Norway over the quotas was in danger of turning into a trade war.", "warned");

        Assert.True(e.Date.IsReportedOnly(), $"{e.Date}");
    }

    [Fact]
    public void A_different_verb_is_not_dated_by_the_lead()
    {
        var e = ByTrigger(
            "A school principal was admitted to hospital on Sunday, medical officials said.\n\n" +
            "Mitchell Wiener resigned after the outbreak, said a spokesman.", "resigned");

        Assert.True(e.Date.IsReportedOnly(), $"{e.Date}");
    }

    [Fact]
    public void A_verb_the_lead_dates_twice_dates_nothing()
    {
        var e = ByTrigger(
            "A school principal died on Sunday. A teacher died on Tuesday, officials said.\n\n" +
            "Mitchell Wiener died after being admitted to hospital, said a spokesman.", "died");

        Assert.True(e.Date.IsReportedOnly(), $"{e.Date}");
    }

    [Fact]
    public void A_lead_day_long_before_the_article_is_not_its_news()
    {
        var e = ByTrigger(
            "A school principal died on January 3, officials said.\n\n" +
            "Mitchell Wiener died after being admitted to hospital, said a spokesman.", "died");

        Assert.True(e.Date.IsReportedOnly(), $"{e.Date}");
    }
}
