using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class EventIdsTests
{
    private static TimelineEvent Event(string id, string? anchor = null) => new()
    {
        Id = id,
        Title = id,
        Date = new EventDate { Value = "2023", Precision = DatePrecision.Year, Anchor = anchor, Relation = anchor is null ? DateRelation.On : DateRelation.Before },
    };

    [Fact]
    public void Numbers_duplicate_ids_in_order()
    {
        var events = EventIds.MakeUnique([Event("kenya-sign"), Event("kenya-sign"), Event("kenya-sign")], []);

        Assert.Equal(["kenya-sign", "kenya-sign-2", "kenya-sign-3"], events.Select(e => e.Id));
    }

    [Fact]
    public void Renames_an_id_taken_by_an_earlier_article_and_the_anchors_pointing_at_it()
    {
        HashSet<string> taken = ["summit-lima"];

        var events = EventIds.MakeUnique([Event("summit-lima"), Event("boric-meet-lula", anchor: "summit-lima")], taken);

        Assert.Equal(["summit-lima-2", "boric-meet-lula"], events.Select(e => e.Id));
        Assert.Equal("summit-lima-2", events[1].Date.Anchor);
        Assert.Contains("summit-lima-2", taken);
        Assert.Contains("boric-meet-lula", taken);
    }

    [Fact]
    public void Leaves_anchors_to_unrenamed_events_alone()
    {
        var events = EventIds.MakeUnique([Event("visit"), Event("meet", anchor: "visit")], ["talks"]);

        Assert.Equal("visit", events[1].Date.Anchor);
    }

    [Fact]
    public void Names_an_event_without_id()
    {
        var events = EventIds.MakeUnique([Event(""), Event("")], []);

        Assert.Equal(["event", "event-2"], events.Select(e => e.Id));
    }
}
