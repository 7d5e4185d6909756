using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>Ids that do not move: a proposal read where a stored event was read takes that event's id.</summary>
public sealed class EventOriginsTests : IDisposable
{
    private readonly TempFolder _out = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _out.Dispose();

    private string EventsFile => _out.File("events", "belarus-visit.yaml");

    private SaveResult Save(params TimelineEvent[] events) => new EventStore(_out.Path).Save(Samples.Data(events), _diagnostics);

    [Fact]
    public void A_proposal_under_a_new_id_read_at_the_same_place_keeps_the_stored_id_and_anchors_follow()
    {
        Save(Samples.Event("li-visit", offset: 0), Samples.Event("li-talks", offset: 100) with { Date = After("li-visit") });

        var result = Save(Samples.Event("general-li-visit", offset: 0) with { Title = "General Li visits" },
            Samples.Event("general-li-talks", offset: 100) with { Date = After("general-li-visit") });

        Assert.Equal(["li-talks", "li-visit"], result.Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("General Li visits", result.Data.Events.Single(e => e.Id == "li-visit").Title);
        Assert.Equal("li-visit", result.Data.Events.Single(e => e.Id == "li-talks").Date.Anchor);
        Assert.Equal(0, result.Report.Events.Added);
        Assert.Contains("origins:\n  li-talks: 110\n  li-visit: 10\n", StoreFiles.Read(EventsFile));
    }

    [Fact]
    public void A_deleted_event_proposed_under_a_new_id_stays_deleted()
    {
        Save(Samples.Event("li-visit", offset: 0), Samples.Event("other", offset: 100));
        StoreFiles.RemoveItem(EventsFile, "li-visit");
        Save(Samples.Event("li-visit", offset: 0), Samples.Event("other", offset: 100));

        var result = Save(Samples.Event("general-li-visit", offset: 0), Samples.Event("other", offset: 100));

        Assert.Equal(["other"], result.Data.Events.Select(e => e.Id));
        Assert.Equal(0, result.Report.Events.Added);
    }

    [Fact]
    public void An_edited_event_proposed_under_a_new_id_is_not_doubled()
    {
        Save(Samples.Event("li-visit", offset: 0));
        StoreFiles.Edit(EventsFile, "title: Event li-visit\n", "title: Mine\n");

        var result = Save(Samples.Event("general-li-visit", offset: 0));

        Assert.Equal("Mine", Assert.Single(result.Data.Events).Title);
        Assert.Equal("li-visit", result.Data.Events[0].Id);
    }

    [Fact]
    public void A_proposal_that_takes_the_id_of_a_happening_read_elsewhere_gets_the_next_free_id()
    {
        Save(Samples.Event("li-visit", offset: 0), Samples.Event("li-visit-2", offset: 100));

        // Read elsewhere, a new happening is proposed as "li-visit" while the stored li-visit is not found this time.
        var result = Save(Samples.Event("li-visit", offset: 300), Samples.Event("li-visit-2", offset: 100));

        Assert.Equal(["li-visit-2", "li-visit-3"], result.Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(310, result.Data.Events.Single(e => e.Id == "li-visit-3").Sources[0].TriggerOffset);

        // When the first happening is read again, it comes back under its own id.
        var again = Save(Samples.Event("li-visit", offset: 0), Samples.Event("li-visit-2", offset: 300), Samples.Event("li-visit-3", offset: 100));
        Assert.Equal(10, again.Data.Events.Single(e => e.Id == "li-visit").Sources[0].TriggerOffset);
        Assert.Equal(110, again.Data.Events.Single(e => e.Id == "li-visit-2").Sources[0].TriggerOffset);
        Assert.Equal(310, again.Data.Events.Single(e => e.Id == "li-visit-3").Sources[0].TriggerOffset);
    }

    [Fact]
    public void A_file_written_before_origins_were_kept_is_matched_by_its_sources()
    {
        Save(Samples.Event("li-visit", offset: 0));
        StoreFiles.Edit(EventsFile, "origins:\n  li-visit: 10\n", "");

        var result = Save(Samples.Event("general-li-visit", offset: 0));

        Assert.Equal("li-visit", Assert.Single(result.Data.Events).Id);
        Assert.EndsWith("origins:\n  li-visit: 10\n", StoreFiles.Read(EventsFile));
    }

    [Fact]
    public void A_wrong_origins_entry_is_a_located_error()
    {
        Save(Samples.Event("li-visit", offset: 0));
        StoreFiles.Edit(EventsFile, "  li-visit: 10\n", "  li-visit: ten\n");

        var validation = new DiagnosticBag();
        new StoreValidator(_out.Path).Validate(validation);

        var error = Assert.Single(validation.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.True(error.Line > 0, error.ToString());
    }

    private static EventDate After(string anchor) => Samples.Event("x").Date with { Relation = DateRelation.After, Anchor = anchor };
}
