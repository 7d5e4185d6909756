using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>
/// Extracts a run's articles on up to <c>threads</c> threads, sharing one extractor, and reads unchanged ones from the cache. Each result
/// lands in its article's place, so what follows sees them in article order whatever the thread count. An article whose
/// extraction fails gets an error and nothing extracted; the others go on.
/// </summary>
internal sealed class ArticleExtractions(int threads, ExtractionCache? cache, Func<Article, ExtractedArticle> extract)
{
    public ArticleExtractions(int threads, ExtractionCache? cache, Lazy<ArticleExtractor> extractor)
        : this(threads, cache, article => Keep(extractor.Value.Extract(article)))
    {
    }

    private int _extracted;
    private int _fromCache;

    public int Extracted => _extracted;

    public int FromCache => _fromCache;

    /// <summary>The extraction of every article, in the order given; <paramref name="keys"/> holds each one's cache key.</summary>
    public ExtractedArticle[] Run(IReadOnlyList<Article> articles, IReadOnlyList<string> keys, IProgress<ExtractProgress>? progress, DiagnosticBag diagnostics)
    {
        var results = new ExtractedArticle[articles.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            results[i] = One(articles[i], keys[i], diagnostics);
            // Reported under the lock so that the counts a listener sees go up one by one.
            lock (gate)
            {
                done++;
                progress?.Report(new ExtractProgress(done, articles.Count, articles[i].Id));
            }
        });

        return results;
    }

    // Only the events and actors are kept: the times and the sentences go as soon as the article is done.
    private static ExtractedArticle Keep(ArticleExtraction extraction) => new() { Events = extraction.Events, Actors = extraction.Actors };

    private ExtractedArticle One(Article article, string key, DiagnosticBag diagnostics)
    {
        if (cache?.TryRead(key) is { } cached)
        {
            Interlocked.Increment(ref _fromCache);
            return cached;
        }

        ExtractedArticle result;
        try
        {
            result = extract(article);
        }
#pragma warning disable CA1031 // One article's failure, whatever it is, must not stop the others.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // Not cached: a fixed Timeline extracts it again.
            diagnostics.Add(Diagnostic.Error(ExtractCodes.ExtractionFailed, article.Path, 0, 0,
                $"extraction of this article failed, so it adds no events ({ex.GetType().Name}: {ex.Message})"));
            return new ExtractedArticle { Events = [], Actors = [] };
        }

        Interlocked.Increment(ref _extracted);
        cache?.Write(key, result);
        return result;
    }
}
