using Timeline.Diagnostics;
using Timeline.Extract;

namespace Timeline.Pipeline;

/// <summary>
/// <c>--from-cache</c>: every article's extraction read from the cache, none extracted. An article whose entry is
/// missing (or damaged) is an error at its path, because saving without it would drop its events from the timeline.
/// </summary>
internal static class CachedExtractions
{
    /// <summary>The extractions in article order, or null when one or more is missing (each reported).</summary>
    public static ExtractedArticle[]? Read(RunArticles run, ExtractionCache cache, DiagnosticBag diagnostics)
    {
        var results = new ExtractedArticle?[run.Articles.Count];
        Parallel.For(0, results.Length, i => results[i] = cache.TryRead(run.Keys[i]));
        var missing = Enumerable.Range(0, results.Length).Where(i => results[i] is null).ToList();
        if (missing.Count == 0) return [.. results.Select(r => r!)];

        if (missing.Count == results.Length && results.Length > 1)
        {
            // One line instead of thousands: the usual cause is the whole cache, not an article.
            diagnostics.Add(Diagnostic.Error(ExtractCodes.NotInCache, cache.Folder, 0, 0,
                $"none of the {results.Length} articles has its extraction in this cache, and --from-cache extracts nothing; " +
                "fill it with 'timeline extract --shard I/N' for every share, using the same build of Timeline, the same input folder " +
                "and the same actors.yaml as this run (a change to one of them changes every key)"));
            return null;
        }

        foreach (var i in missing)
        {
            diagnostics.Add(Diagnostic.Error(ExtractCodes.NotInCache, run.Articles[i].Path, 0, 0,
                $"this article's extraction is not in the cache {cache.Folder} (--from-cache extracts nothing): no shard run " +
                "extracted this version of it, or its run failed on it; run its 'timeline extract --shard I/N' again, or build without --from-cache"));
        }

        return null;
    }
}
