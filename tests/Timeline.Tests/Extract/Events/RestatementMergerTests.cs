using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// One happening told twice in an article is one event, dated by its most precise telling; different
/// actors, places, dates or a plan against its happening keep two. RestatementMerger is internal: tested
/// through the whole extractor.
/// </summary>
public sealed class RestatementMergerTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    [Fact]
    public void A_restatement_merges_into_the_first_telling_and_gives_it_its_date()
    {
        var events = Events("BP capped the Macondo well. BP engineers worked through the night. The company capped the Macondo well on Thursday.");

        var capped = Assert.Single(events, e => e.Sources[0].Trigger == "capped");
        Assert.Equal("2024-03-14", capped.Date.Value);
        Assert.Equal(events[0].Sources[0].Offset, capped.Sources[0].Offset);
    }

    [Fact]
    public void Two_tellings_with_the_same_other_participant_merge()
    {
        var met = Assert.Single(Events("Tony Hayward met Ed Markey in London. Tony Hayward met Ed Markey on Thursday."));

        Assert.Equal("2024-03-14", met.Date.Value);
    }

    [Fact]
    public void Different_places_keep_two_events()
    {
        Assert.Equal(2, Events("BP capped the Macondo well in Houston. BP capped the Macondo well in Louisiana.").Count);
    }

    [Fact]
    public void Different_principal_actors_keep_two_events()
    {
        Assert.Equal(2, Events("BP capped the Macondo well. Exxon capped the Macondo well.").Count);
    }

    [Fact]
    public void Different_other_participants_keep_two_events()
    {
        Assert.Equal(2, Events("Tony Hayward met Ed Markey in London. Tony Hayward met Nick Clegg.").Count);
    }

    [Fact]
    public void A_later_telling_dated_years_before_the_article_is_an_earlier_happening_not_the_lead_retold()
    {
        var events = Events("The Danish People's Party won 40 seats in the election. The Danish People's Party had won 37 seats in 2015.");

        Assert.Equal(2, events.Count);
        Assert.True(events[0].Date.IsReportedOnly(), events[0].Date.Value);
        Assert.Equal("2015", events[1].Date.Value);
    }

    [Fact]
    public void A_later_telling_dated_days_before_the_article_still_gives_the_lead_its_date()
    {
        var won = Assert.Single(Events("The Danish People's Party won 40 seats in the election. The Danish People's Party won 40 seats on Tuesday."));

        Assert.Equal("2024-03-12", won.Date.Value);
    }

    [Fact]
    public void Dates_that_disagree_keep_two_events()
    {
        var events = Events("BP capped the Macondo well on Tuesday. BP capped the Macondo well on Thursday.");

        Assert.Equal(["2024-03-12", "2024-03-14"], events.Select(e => e.Date.Value));
    }

    [Fact]
    public void A_plan_does_not_merge_with_its_happening()
    {
        var events = Events("BP will cap the Macondo well. BP capped the Macondo well on Thursday.");

        Assert.Equal([EventStatus.Planned, EventStatus.Happened], events.Select(e => e.Status));
    }
}
