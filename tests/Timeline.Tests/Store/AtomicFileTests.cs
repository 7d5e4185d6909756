using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_every_file_as_utf8_without_bom_and_with_lf_line_endings()
    {
        var path = _folder.File("sub", "a.yaml");

        AtomicFile.WriteAll([(path, "é: 1\r\nb: 2\n")]);

        Assert.Equal("é: 1\nb: 2\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_folder.File("sub")));
    }

    [Fact]
    public void Leaves_every_old_file_when_one_target_is_a_folder()
    {
        var good = _folder.File("good.yaml");
        File.WriteAllText(good, "old\n");
        var folder = _folder.File("taken.yaml");
        Directory.CreateDirectory(folder);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAll([(good, "new\n"), (folder, "x\n")]));

        Assert.Equal("old\n", File.ReadAllText(good));
        Assert.Equal([good], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Leaves_every_old_file_and_no_temp_file_when_a_temp_write_fails()
    {
        var good = _folder.File("good.yaml");
        File.WriteAllText(good, "old\n");
        var notAFolder = _folder.File("plain-file");
        File.WriteAllText(notAFolder, "I am a file\n");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAll([(good, "new\n"), (Path.Combine(notAFolder, "b.yaml"), "b\n")]));

        Assert.Equal("old\n", File.ReadAllText(good));
        Assert.Equal([good, notAFolder], Directory.GetFiles(_folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_save_reports_TL0312_and_changes_no_file()
    {
        var store = new EventStore(_folder.Path);
        store.Save(Samples.Data([Samples.Event("a")]), new Timeline.Diagnostics.DiagnosticBag());
        var eventsFile = _folder.File("events", "belarus-visit.yaml");
        var before = File.ReadAllText(eventsFile);
        File.Delete(_folder.File("actors.yaml"));
        Directory.CreateDirectory(_folder.File("actors.yaml"));
        var diagnostics = new Timeline.Diagnostics.DiagnosticBag();

        var result = store.Save(Samples.Data([Samples.Event("a") with { Title = "Changed" }]), diagnostics);

        Assert.Equal(before, File.ReadAllText(eventsFile));
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "TL0312");
        Assert.Empty(result.Report.WrittenFiles);
        Assert.Equal("Event a", Assert.Single(result.Data.Events).Title);
    }

    [Fact]
    public void An_events_file_that_cannot_be_written_costs_its_article_only()
    {
        var store = new EventStore(_folder.Path);
        Directory.CreateDirectory(_folder.File("events", "other.yaml"));
        var data = Samples.Data([Samples.Event("a"), Samples.Event("b", article: "other")], articles: [Samples.Article(), Samples.Article("other")]);
        var diagnostics = new Timeline.Diagnostics.DiagnosticBag();

        var result = store.Save(data, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("TL0312", _folder.File("events", "other.yaml")), (error.Code, error.Path));
        Assert.Contains("- id: a\n", File.ReadAllText(_folder.File("events", "belarus-visit.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.File("actors.yaml")));
        Assert.Equal(["a"], result.Data.Events.Select(e => e.Id));
        Assert.DoesNotContain(_folder.File("events", "other.yaml"), result.Report.WrittenFiles);
        Assert.Empty(Directory.GetFiles(_folder.File("events"), "*.tmp", SearchOption.AllDirectories));
    }
}
