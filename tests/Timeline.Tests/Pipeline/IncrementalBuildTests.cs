using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>A rebuild after one article changed, served from the cache for the rest, writes what a full build of the same articles writes.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_rebuild_after_one_article_changed_writes_the_files_of_a_full_build_without_the_cache()
    {
        // Given the six articles built once with the cache
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        Build(input, "incremental", useCache: true);

        // When one article gains a sentence with a new event and a new actor, and the output is built again
        File.AppendAllText(Path.Combine(input, "sub", "f-follow-up.md"), "Prime Minister Roman Golovchenko will visit Beijing on December 12, the ministry said.\n");
        var rebuilt = Build(input, "incremental", useCache: true);
        var full = Build(input, "full", useCache: false);

        // Then only that article was extracted again, the new sentence counts, and both outputs are the same byte for byte
        Assert.Equal((1, 5), (rebuilt.Extracted, rebuilt.FromCache));
        Assert.Equal(6, full.Extracted);
        var expected = SmallCorpus.Products(_temp.Combine("full"));
        Assert.Contains(expected, f => f.Key.StartsWith("events/", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(f.Value).Contains("Golovchenko", StringComparison.Ordinal));
        SmallCorpus.AssertSameFiles(expected, SmallCorpus.Products(_temp.Combine("incremental")));
    }

    [Fact]
    public void A_rebuild_after_an_article_was_added_writes_the_files_of_a_full_build_without_the_cache()
    {
        // Given five of the articles built once with the cache, on two threads
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input, SmallCorpus.Articles.Where(a => a.Path != "c-drills.txt"));
        Build(input, "incremental", useCache: true, threads: 2);

        // When the sixth is added and the output is built again
        SmallCorpus.WriteTo(input, SmallCorpus.Articles.Where(a => a.Path == "c-drills.txt"));
        var rebuilt = Build(input, "incremental", useCache: true, threads: 2);
        Build(input, "full", useCache: false, threads: 1);

        // Then only the new article was extracted, and both outputs are the same byte for byte
        Assert.Equal((1, 5), (rebuilt.Extracted, rebuilt.FromCache));
        SmallCorpus.AssertSameFiles(SmallCorpus.Products(_temp.Combine("full")), SmallCorpus.Products(_temp.Combine("incremental")));
    }

    [Fact]
    public void A_rebuild_on_four_threads_after_one_article_changed_writes_what_one_thread_writes_without_the_cache()
    {
        // Given the six articles built once with the cache, on four threads
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        Build(input, "incremental", useCache: true, threads: 4);

        // When one article gains a sentence and the output is built again on four threads (the key events worked out
        // beside the save, the models loaded while the cache is read)
        File.AppendAllText(Path.Combine(input, "sub", "f-follow-up.md"), "Prime Minister Roman Golovchenko will visit Beijing on December 12, the ministry said.\n");
        var rebuilt = Build(input, "incremental", useCache: true, threads: 4);
        Build(input, "full", useCache: false, threads: 1);

        // Then only that article was extracted, and the store, key events and site are those of one thread without the cache
        Assert.Equal((1, 5), (rebuilt.Extracted, rebuilt.FromCache));
        var expected = SmallCorpus.Products(_temp.Combine("full"));
        Assert.Contains("summary.yaml", expected.Keys);
        Assert.True(expected.Keys.Count(k => k.StartsWith("site/", StringComparison.Ordinal)) > 10, string.Join(", ", expected.Keys));
        SmallCorpus.AssertSameFiles(expected, SmallCorpus.Products(_temp.Combine("incremental")));
    }

    private BuildSummary Build(string input, string output, bool useCache, int threads = 1)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { Input = input, Output = _temp.Combine(output), Threads = threads, UseCache = useCache };
        var summary = new TimelineBuilder(options).Build(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return summary;
    }

    public void Dispose() => _temp.Dispose();
}
