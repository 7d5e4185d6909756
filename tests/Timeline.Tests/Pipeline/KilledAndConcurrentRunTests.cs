using Timeline.Diagnostics;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>What killed runs leave is tidied by the next one, and two runs never share an output folder.</summary>
public sealed class KilledAndConcurrentRunTests : IDisposable
{
    private const string Article = "---\ntitle: Minister in Minsk\ndate: 2023-08-18\n---\nChinese Defense Minister Li Shangfu arrived in Belarus on Friday.\n";

    private readonly TempFolder _temp = new();

    public KilledAndConcurrentRunTests()
    {
        _temp.Write("in/a.md", Article);
    }

    public void Dispose() => _temp.Dispose();

    private BuildOptions Options => new() { Input = _temp.Combine("in"), Output = _temp.Combine("out"), UseCache = true };

    [Fact]
    public void A_run_removes_the_temp_files_and_staging_folders_of_killed_runs_and_nothing_else()
    {
        const string Id = "0123456789abcdef0123456789abcdef";
        string[] stale =
        [
            $"out/.actors.yaml.{Id}.tmp", $"out/events/.a.yaml.{Id}.tmp", $"out/.cache/extract/.k.{Id}.tmp",
            $"out/.site.new-{Id}/index.html", $"out/.site.old-{Id}/index.html",
        ];
        string[] kept = ["out/.notes.tmp", "out/events/.a.yaml.bak", "out/my.tmp", $"out/.site.new-{Id}x/keep.txt", "out/.site.new-mine/keep.txt"];
        foreach (var path in stale.Concat(kept))
        {
            _temp.Write(path, "x");
        }

        new TimelineBuilder(Options).Build(new DiagnosticBag());

        Assert.All(stale, p => Assert.False(File.Exists(_temp.Combine(p)), p));
        Assert.False(Directory.Exists(_temp.Combine("out", $".site.new-{Id}")));
        Assert.All(kept, p => Assert.True(File.Exists(_temp.Combine(p)), p));
        Assert.True(File.Exists(_temp.Combine("out", "site", "index.html")));
    }

    [Fact]
    public void A_second_run_on_the_same_output_stops_with_a_clear_message()
    {
        Directory.CreateDirectory(_temp.Combine("out"));
        using (var first = OutputLock.TryAcquire(_temp.Combine("out")))
        {
            Assert.NotNull(first);
            var diagnostics = new DiagnosticBag();

            var summary = new TimelineBuilder(Options).Build(diagnostics);

            var error = Assert.Single(diagnostics.ToSortedList());
            Assert.Equal((StoreCodes.Locked, Severity.Error), (error.Code, error.Severity));
            Assert.Contains("another timeline run", error.Message, StringComparison.Ordinal);
            Assert.Null(summary.Site);
            Assert.False(Directory.Exists(_temp.Combine("out", "events")));
        }

        // Released, the folder is free again.
        var after = new DiagnosticBag();
        Assert.NotNull(new TimelineBuilder(Options).Build(after).Site);
        Assert.False(File.Exists(_temp.Combine("out", OutputLock.FileName)));
    }
}
