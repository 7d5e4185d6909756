using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>
/// <c>extract --shard I/N</c>: extracts one share of the articles into the extraction cache and writes nothing else, so
/// that shares can run on different machines (or side by side on one) and a <c>--from-cache</c> run merges them. It
/// neither takes the output lock nor tidies the cache: other shares may be writing to the same folder.
/// </summary>
internal static class ShardExtraction
{
    public static BuildSummary Run(BuildOptions options, Shard shard, DiagnosticBag diagnostics, IProgress<ExtractProgress>? progress)
    {
        var run = RunArticles.Read(options, new StoreParses(), diagnostics);
        if (run is null) return new BuildSummary { NothingWritten = true };

        var mine = Enumerable.Range(0, run.Articles.Count).Where(i => shard.Contains(run.RelativePaths[i])).ToList();
        // Entries already there (a retried job, or a cache restored from an earlier run) are kept, not extracted again.
        var cache = new ExtractionCache(options.CacheFolder);
        var extractions = new ArticleExtractions(options.Threads, cache, options.ArticleTimeout, new Lazy<ArticleExtractor>(() => new ArticleExtractor(run.Edits, ExtractorModels.Start(options.Threads))));
        extractions.Run([.. mine.Select(i => run.Articles[i])], [.. mine.Select(i => run.Keys[i])], progress, diagnostics);
        return new BuildSummary
        {
            Articles = mine.Count,
            Extracted = extractions.Extracted,
            FromCache = extractions.FromCache,
            Shard = shard,
            ShardOf = run.Articles.Count,
            Cache = options.CacheFolder,
        };
    }
}
