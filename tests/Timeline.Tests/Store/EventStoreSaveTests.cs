using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class EventStoreSaveTests : IDisposable
{
    private readonly TempFolder _out = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _out.Dispose();

    private string EventsFile => _out.File("events", "belarus-visit.yaml");

    private SaveResult Save(params TimelineEvent[] events) => new EventStore(_out.Path).Save(Samples.Data(events), _diagnostics);

    [Fact]
    public void Writes_one_file_per_article_and_the_actor_registry_with_a_header()
    {
        var result = Save(Samples.Event("b", day: 17), Samples.Event("a", day: 16));

        var text = StoreFiles.Read(EventsFile);
        Assert.StartsWith("# Timeline events for Li Shangfu visits Belarus. Edit freely: hand edits are kept on re-runs. Format: docs/yaml-format.md\narticle:\n  id: belarus-visit\n", text);
        Assert.True(text.IndexOf("- id: a\n", StringComparison.Ordinal) < text.IndexOf("- id: b\n", StringComparison.Ordinal));
        Assert.EndsWith("generated:\n- a\n- b\n", text);
        Assert.Matches("(?m)^  fingerprint: [0-9a-f]{12}$", text);
        Assert.StartsWith("# Timeline actors", StoreFiles.Read(_out.File("actors.yaml")));
        Assert.Equal(["a", "b"], result.Data.Events.Select(e => e.Id));
        Assert.Equal(2, result.Report.Events.Added);
        Assert.Equal(2, result.Report.Actors.Added);
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Writes_byte_identical_files_for_the_same_input_and_does_not_touch_unchanged_files()
    {
        var events = new[] { Samples.Event("a"), Samples.Event("b", day: 20) };
        Save(events);
        var first = StoreFiles.Read(EventsFile);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(EventsFile, stamp);

        using var other = new TempFolder();
        new EventStore(other.Path).Save(Samples.Data(events), new DiagnosticBag());
        var result = Save(events);

        Assert.Equal(first, StoreFiles.Read(other.File("events", "belarus-visit.yaml")));
        Assert.Equal(first, StoreFiles.Read(EventsFile));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(EventsFile));
        Assert.Empty(result.Report.WrittenFiles);
        Assert.Equal(2, result.Report.Events.Unchanged);
    }

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

    [Fact]
    public void Keeps_the_files_of_articles_no_longer_in_the_input()
    {
        Save(Samples.Event("a"));

        var result = new EventStore(_out.Path).Save(
            Samples.Data([Samples.Event("x", article: "other")], articles: [Samples.Article("other", "Other")]), _diagnostics);

        Assert.True(File.Exists(EventsFile));
        Assert.Equal(["a", "x"], result.Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["belarus-visit", "other"], result.Data.Articles.Select(a => a.Id));
        Assert.DoesNotContain(EventsFile, result.Report.WrittenFiles);
    }

    [Fact]
    public void Refreshes_untouched_article_metadata_and_keeps_edited_metadata()
    {
        Save(Samples.Event("a"));
        var renamed = Samples.Article() with { Title = "New title" };
        new EventStore(_out.Path).Save(Samples.Data([Samples.Event("a")], articles: [renamed]), _diagnostics);
        Assert.Contains("  title: New title\n", StoreFiles.Read(EventsFile));

        StoreFiles.Edit(EventsFile, "  source: Reuters\n", "  source: Reuters via Yahoo\n");
        var result = new EventStore(_out.Path).Save(Samples.Data([Samples.Event("a")], articles: [renamed with { Url = "https://x.test" }]), _diagnostics);

        var article = Assert.Single(result.Data.Articles);
        Assert.Equal(("Reuters via Yahoo", "https://example.org/belarus"), (article.Source, article.Url));
        Assert.Contains(_diagnostics.ToSortedList(), d => d.Code == "TL0310" && d.Message.StartsWith("article belarus-visit", StringComparison.Ordinal));
    }

    [Fact]
    public void Returns_what_a_later_load_reads()
    {
        var saved = Save(Samples.Event("a"), Samples.Event("b", day: 3));

        var loaded = new EventStore(_out.Path).Load(_diagnostics);

        Assert.Equal(TimelineYaml.Serializer.Serialize(saved.Data), TimelineYaml.Serializer.Serialize(loaded.Data));
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Warns_about_an_event_without_a_known_article_and_stores_the_rest()
    {
        var result = Save(Samples.Event("a"), Samples.Event("stray", article: "nowhere"));

        Assert.Equal(["a"], result.Data.Events.Select(e => e.Id));
        var warning = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0311", Severity.Warning), (warning.Code, warning.Severity));
    }

    [Fact]
    public void Leaves_a_broken_file_untouched_and_saves_the_others()
    {
        Save(Samples.Event("a"));
        File.WriteAllText(EventsFile, "article: [\n");

        var result = new EventStore(_out.Path).Save(
            Samples.Data([Samples.Event("a"), Samples.Event("x", article: "other")], articles: [Samples.Article(), Samples.Article("other", "Other")]),
            _diagnostics);

        Assert.Equal("article: [\n", StoreFiles.Read(EventsFile));
        Assert.Equal(["x"], result.Data.Events.Select(e => e.Id));
        Assert.Contains(_diagnostics.ToSortedList(), d => d.Code == "TL0301");
    }
}
