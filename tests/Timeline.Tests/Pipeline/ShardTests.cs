using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// <c>extract --shard I/N</c> on separate machines, then <c>build --from-cache</c> on one: the same files as a single
/// run, and an article no shard extracted is an error, never extracted behind the user's back.
/// </summary>
public sealed class ShardTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Two_shards_then_a_merge_write_the_same_files_as_one_run()
    {
        // Given the small corpus on two machines, each extracting its share into its own cache
        var first = RunShard(machine: "one", new Shard(1, 2));
        var second = RunShard(machine: "two", new Shard(2, 2));

        // When a third machine gathers both caches (as CI artifacts are downloaded) and merges
        var merge = Machine("merge");
        CopyCache(Path.Combine(first.Output, ".cache", "extract"), merge.CacheFolder);
        CopyCache(Path.Combine(second.Output, ".cache", "extract"), merge.CacheFolder);
        var diagnostics = new DiagnosticBag();
        var merged = new TimelineBuilder(merge with { FromCache = true }).Build(diagnostics);

        // Then each share did part of the work, the merge extracted nothing, and every file is the one a single run writes
        Assert.Equal(6, first.Summary.Articles + second.Summary.Articles);
        Assert.All(new[] { first.Summary, second.Summary }, s => Assert.InRange(s.Articles, 1, 5));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        Assert.Equal((0, 6), (merged.Extracted, merged.FromCache));
        var single = Machine("single") with { UseCache = false };
        new TimelineBuilder(single).Build(new DiagnosticBag());
        var expected = SmallCorpus.Products(single.Output);
        Assert.Contains("actors.yaml", expected.Keys);
        Assert.Contains(expected.Keys, k => k.StartsWith("events/", StringComparison.Ordinal));
        SmallCorpus.AssertSameFiles(expected, SmallCorpus.Products(merge.Output));
    }

    [Fact]
    public void A_shard_writes_its_share_into_the_cache_and_nothing_else()
    {
        var shard = RunShard(machine: "one", new Shard(1, 2));

        Assert.Equal(shard.Summary.Articles, shard.Summary.Extracted);
        Assert.Equal(6, shard.Summary.ShardOf);
        var written = PipelineCases.ReadTree(shard.Output).Keys;
        Assert.All(written, f => Assert.StartsWith(".cache/extract/", f, StringComparison.Ordinal));
        Assert.Equal(shard.Summary.Articles, written.Count);
    }

    [Fact]
    public void A_merge_missing_a_share_names_each_missing_article_and_writes_nothing()
    {
        var first = RunShard(machine: "one", new Shard(1, 2));
        var merge = Machine("merge") with { FromCache = true };
        CopyCache(Path.Combine(first.Output, ".cache", "extract"), merge.CacheFolder);

        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(merge).Build(diagnostics);

        Assert.True(summary.NothingWritten);
        var errors = diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(6 - first.Summary.Articles, errors.Count);
        Assert.All(errors, e => Assert.Equal(("TL0203", Severity.Error), (e.Code, e.Severity)));
        Assert.All(errors, e => Assert.StartsWith(merge.Input, e.Path, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(merge.Output, "events")));
        Assert.False(File.Exists(Path.Combine(merge.Output, "actors.yaml")));
    }

    [Fact]
    public void A_merge_with_an_empty_cache_says_so_once()
    {
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(Machine("merge") with { FromCache = true }).Build(diagnostics);

        Assert.True(summary.NothingWritten);
        var error = Assert.Single(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal("TL0203", error.Code);
        Assert.Contains("none of the 6 articles", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("10/10", 10, 10)]
    public void Shard_reads_i_of_n(string text, int index, int count) => Assert.Equal(new Shard(index, count), Timeline.Pipeline.Shard.Parse(text));

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("1/2/3")]
    [InlineData(" 1/2")]
    [InlineData("+1/2")]
    [InlineData("-1/2")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Shard_refuses_anything_but_i_of_n(string text) => Assert.Null(Timeline.Pipeline.Shard.Parse(text));

    [Fact]
    public void Every_article_falls_in_exactly_one_share()
    {
        var paths = Enumerable.Range(0, 300).Select(i => $"folder/article-{i}.md").ToList();
        var shares = Enumerable.Range(1, 3).Select(i => new Shard(i, 3)).ToList();

        Assert.All(paths, p => Assert.Single(shares, s => s.Contains(p)));
        Assert.All(shares, s => Assert.InRange(paths.Count(s.Contains), 70, 130));
    }

    private BuildOptions Machine(string name)
    {
        var input = _temp.Combine(name, "articles");
        SmallCorpus.WriteTo(input);
        return new BuildOptions { Input = input, Output = _temp.Combine(name, "output"), Threads = 2 };
    }

    private (string Output, BuildSummary Summary) RunShard(string machine, Shard shard)
    {
        var options = Machine(machine) with { Shard = shard };
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(options).Extract(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (options.Output, summary);
    }

    private static void CopyCache(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose() => _temp.Dispose();
}
