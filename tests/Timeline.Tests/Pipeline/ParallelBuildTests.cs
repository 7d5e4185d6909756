using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>Extraction shared out over threads: the same bytes whatever the thread count.</summary>
public sealed class ParallelBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Building_with_one_thread_or_four_writes_byte_identical_files()
    {
        // Given six articles that share actors and events
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);

        // When they are built with one thread and with four, without the cache
        var one = Build(input, "one", threads: 1);
        var four = Build(input, "four", threads: 4);

        // Then every file of both outputs is the same, and there is something to compare
        Assert.Equal(6, one.Articles);
        Assert.Equal(6, four.Extracted);
        var files = SmallCorpus.Products(_temp.Combine("one"));
        Assert.Contains("actors.yaml", files.Keys);
        Assert.Contains("site/index.html", files.Keys);
        Assert.True(files.Keys.Count(k => k.StartsWith("events/", StringComparison.Ordinal)) == 6, string.Join(", ", files.Keys));
        Assert.True(one.Merge!.Events.Added > 6, "the articles should give several events each");
        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(_temp.Combine("four")));
    }

    [Fact]
    public void Progress_counts_up_to_the_number_of_articles()
    {
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        var reports = new List<ExtractProgress>();
        var progress = new SynchronousProgress(reports);

        new TimelineBuilder(new BuildOptions { Input = input, Output = _temp.Combine("out"), Threads = 4, UseCache = false })
            .Extract(new DiagnosticBag(), progress);

        Assert.Equal([1, 2, 3, 4, 5, 6], reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(6, r.Total));
    }

    private BuildSummary Build(string input, string output, int threads)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { Input = input, Output = _temp.Combine(output), Threads = threads, UseCache = false };
        var summary = new TimelineBuilder(options).Build(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return summary;
    }

    public void Dispose() => _temp.Dispose();

    private sealed class SynchronousProgress(List<ExtractProgress> reports) : IProgress<ExtractProgress>
    {
        public void Report(ExtractProgress value) => reports.Add(value);
    }
}
