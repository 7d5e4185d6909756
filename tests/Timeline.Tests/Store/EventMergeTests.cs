using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class EventMergeTests : IDisposable
{
    private readonly TempFolder _out = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _out.Dispose();

    private string EventsFile => _out.File("events", "belarus-visit.yaml");

    private SaveResult Save(params TimelineEvent[] events) => new EventStore(_out.Path).Save(Samples.Data(events), _diagnostics);

    [Fact]
    public void Replaces_an_untouched_event_with_the_new_extraction()
    {
        Save(Samples.Event("a"));

        var result = Save(Samples.Event("a") with { Title = "Better title" });

        Assert.Contains("title: Better title\n", StoreFiles.Read(EventsFile));
        Assert.Equal("Better title", Assert.Single(result.Data.Events).Title);
        Assert.Equal(1, result.Report.Events.Updated);
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Keeps_a_hand_edited_event_and_reports_the_change_it_did_not_apply()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "title: Event a\n", "title: Li Shangfu lands in Minsk\n");

        var result = Save(Samples.Event("a") with { Title = "Better title" });

        Assert.Contains("title: Li Shangfu lands in Minsk\n", StoreFiles.Read(EventsFile));
        Assert.Equal("Li Shangfu lands in Minsk", Assert.Single(result.Data.Events).Title);
        Assert.Equal(1, result.Report.Events.KeptAsEdited);
        var info = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0310", Severity.Info, EventsFile), (info.Code, info.Severity, info.Path));
        Assert.Contains("event a was edited by hand", info.Message);
        Assert.True(info.Line > 0);
    }

    [Fact]
    public void Keeps_a_hand_edited_event_silently_when_the_extractor_proposes_nothing_new()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "title: Event a\n", "title: Mine\n");

        var result = Save(Samples.Event("a"));

        Assert.Equal("Mine", Assert.Single(result.Data.Events).Title);
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Keeps_a_note_on_an_untouched_event_while_updating_it()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "title: Event a\n", "title: Event a\n  note: ask the desk about the date\n");

        Save(Samples.Event("a") with { Title = "Better title" });

        var text = StoreFiles.Read(EventsFile);
        Assert.Contains("title: Better title\n", text);
        Assert.Contains("  note: ask the desk about the date\n", text);
    }

    [Fact]
    public void Remembers_an_event_deleted_by_hand_and_does_not_add_it_again()
    {
        Save(Samples.Event("a"), Samples.Event("b", day: 20));
        StoreFiles.RemoveItem(EventsFile, "a");

        var second = Save(Samples.Event("a"), Samples.Event("b", day: 20));
        var third = Save(Samples.Event("a"), Samples.Event("b", day: 20));

        Assert.Contains("deleted:\n- a\n", StoreFiles.Read(EventsFile));
        Assert.Equal(["b"], third.Data.Events.Select(e => e.Id));
        Assert.Equal(1, second.Report.Events.DeletedByHand);
        Assert.Equal(0, third.Report.Events.Added);
    }

    [Fact]
    public void Takes_the_new_proposal_after_a_person_removes_the_item_and_its_generated_entry()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "title: Event a\n", "title: Mine\n");
        StoreFiles.RemoveItem(EventsFile, "a");
        StoreFiles.Edit(EventsFile, "generated:\n- a\n", "");

        var result = Save(Samples.Event("a") with { Title = "Proposal" });

        Assert.Equal("Proposal", Assert.Single(result.Data.Events).Title);
        Assert.Equal(1, result.Report.Events.Added);
    }

    [Fact]
    public void Does_not_add_an_event_listed_under_deleted()
    {
        Save(Samples.Event("b"));
        StoreFiles.Edit(EventsFile, "generated:\n", "deleted:\n- a\ngenerated:\n");

        var result = Save(Samples.Event("a"), Samples.Event("b"));

        Assert.Equal(["b"], result.Data.Events.Select(e => e.Id));
        Assert.DoesNotContain("- id: a\n", StoreFiles.Read(EventsFile));
    }

    [Fact]
    public void Keeps_an_event_added_by_hand_even_when_the_extractor_finds_the_same_id()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "events:\n", "events:\n- id: talks-announced\n  title: Minsk talks announced\n  date:\n    value: 2023-09\n    precision: month\n");

        var result = Save(Samples.Event("a"), Samples.Event("talks-announced"));

        var hand = Assert.Single(result.Data.Events, e => e.Id == "talks-announced");
        Assert.Equal("Minsk talks announced", hand.Title);
        Assert.Null(hand.Summary);
        Assert.Equal("2023-09", hand.Date.Value);
        Assert.Equal(1, result.Report.Events.HandAdded);
        Assert.Contains("- id: talks-announced\n  title: Minsk talks announced\n", StoreFiles.Read(EventsFile));
        Assert.DoesNotContain("- talks-announced\n", StoreFiles.Read(EventsFile)[StoreFiles.Read(EventsFile).IndexOf("generated:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Adds_a_new_event_beside_the_stored_ones_in_chronological_order()
    {
        Save(Samples.Event("a", day: 16));

        var result = Save(Samples.Event("a", day: 16), Samples.Event("earlier", day: 2));

        Assert.Equal(["earlier", "a"], result.Data.Events.Select(e => e.Id));
        Assert.Equal(1, result.Report.Events.Added);
        Assert.Equal(1, result.Report.Events.Unchanged);
        var text = StoreFiles.Read(EventsFile);
        Assert.True(text.IndexOf("- id: earlier\n", StringComparison.Ordinal) < text.IndexOf("- id: a\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Removes_an_untouched_event_the_extractor_no_longer_finds_but_keeps_an_edited_one()
    {
        Save(Samples.Event("a"), Samples.Event("b", day: 20));
        StoreFiles.Edit(EventsFile, "title: Event b\n", "title: Edited b\n");

        var result = Save();

        Assert.Equal(["b"], result.Data.Events.Select(e => e.Id));
        Assert.Equal(1, result.Report.Events.Removed);
        Assert.Equal(1, result.Report.Events.KeptAsEdited);
        Assert.DoesNotContain("- a\n", StoreFiles.Read(EventsFile));
    }

    [Fact]
    public void Treats_an_event_whose_id_was_changed_by_hand_as_edited_and_the_old_id_as_deleted()
    {
        Save(Samples.Event("a"));
        StoreFiles.Edit(EventsFile, "- id: a\n", "- id: li-shangfu-lands\n");

        var result = Save(Samples.Event("a"));

        Assert.Equal(["li-shangfu-lands"], result.Data.Events.Select(e => e.Id));
        Assert.Contains("deleted:\n- a\n", StoreFiles.Read(EventsFile));
    }
}
