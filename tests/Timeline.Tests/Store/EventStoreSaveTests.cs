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
        Assert.StartsWith("# yaml-language-server: $schema=../schema/events.schema.json\n# Timeline events for Li Shangfu visits Belarus. Edit freely: hand edits are kept on re-runs. Format: docs/yaml-format.md\narticle:\n  id: belarus-visit\n", text);
        Assert.True(text.IndexOf("- id: a\n", StringComparison.Ordinal) < text.IndexOf("- id: b\n", StringComparison.Ordinal));
        var a = Samples.Event("a").Sources[0].TriggerOffset;
        var b = Samples.Event("b").Sources[0].TriggerOffset;
        Assert.EndsWith($"generated:\n- a\n- b\norigins:\n  a: {a}\n  b: {b}\n", text);
        Assert.Matches("(?m)^  fingerprint: \"?[0-9a-f]{12}\"?$", text);
        Assert.StartsWith("# yaml-language-server: $schema=schema/actors.schema.json\n# Timeline actors", StoreFiles.Read(_out.File("actors.yaml")));
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
