using System.Text.Json;
using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Ingest;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Extract;

/// <summary>One <see cref="ArticleExtractor"/> shared by many threads (the recogniser model, gazetteers, tagger) gives what it gives alone.</summary>
public sealed class SharedExtractorTests
{
    [Fact]
    public void One_extractor_used_by_eight_threads_at_once_gives_what_it_gives_on_one()
    {
        using var temp = new TempFolder();
        SmallCorpus.WriteTo(temp.Path);
        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(temp.Path, new DiagnosticBag());
        var extractor = new ArticleExtractor();
        var alone = articles.Select(a => JsonSerializer.Serialize(extractor.Extract(a))).ToList();

        // Every article ten times over, in an order that keeps different articles in flight together.
        var jobs = Enumerable.Range(0, 10 * articles.Count).Select(j => j % articles.Count).ToList();
        var together = new string[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, j => together[j] = JsonSerializer.Serialize(extractor.Extract(articles[jobs[j]])));

        for (var j = 0; j < jobs.Count; j++)
        {
            Assert.True(alone[jobs[j]] == together[j], $"{articles[jobs[j]].Id} came out differently on a shared extractor");
        }
    }
}
