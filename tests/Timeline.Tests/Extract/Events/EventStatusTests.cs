using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>Negated and hypothetical events are flagged and placed where they were reported, never dated as facts.</summary>
public sealed class EventStatusTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Fact]
    public void A_negated_event_is_flagged_and_not_dated_by_its_time_expression()
    {
        var e = Assert.Single(fixture.Extract("The two governments did not sign the fishing treaty on Monday.", Published).Events);

        Assert.Equal(EventStatus.Negated, e.Status);
        Assert.Equal("2024-03-15", e.Date.Value);
        Assert.True(e.Date.Approximate);
        Assert.Null(e.Date.Text);
    }

    [Fact]
    public void A_hypothetical_event_is_flagged()
    {
        var e = Assert.Single(fixture.Extract("Officials said the ministers could meet in Oslo next month.", Published).Events,
            x => x.Sources[0].Trigger == "meet");

        Assert.Equal(EventStatus.Hypothetical, e.Status);
        Assert.DoesNotContain("2024-04", e.Date.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reported_fact_has_a_higher_confidence_than_a_hypothesis()
    {
        var fact = fixture.Extract("The Danish minister met the Norwegian envoy in Oslo on Monday.", Published).Events.Single();
        var maybe = fixture.Extract("The Danish minister could meet the Norwegian envoy in Oslo.", Published).Events.Single();

        Assert.NotNull(fact.Confidence);
        Assert.True(fact.Confidence > maybe.Confidence, $"{fact.Confidence} vs {maybe.Confidence}");
    }

    [Fact]
    public void Prior_to_puts_an_event_before_the_one_it_names()
    {
        const string body = "The Nordic summit opened in Helsinki on March 12. Prior to the summit, the Danish prime minister Mette Frederiksen met Finnish President Alexander Stubb in Turku.";

        var events = ChronologicalOrder.Sort(fixture.Extract(body, Published).Events);

        var summit = events.FindIndex(e => e.Sources[0].Trigger == "summit" || e.Sources[0].Trigger == "opened");
        var meeting = events.FindIndex(e => e.Sources[0].Trigger == "met");
        Assert.True(summit >= 0 && meeting >= 0, string.Join(" | ", events.Select(e => e.Title)));
        Assert.True(meeting < summit, string.Join(" | ", events.Select(e => $"{e.Title} ({e.Date.Relation} {e.Date.Value})")));
        Assert.Equal(DateRelation.Before, events[meeting].Date.Relation);
    }
}
