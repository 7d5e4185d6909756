using System.Runtime.ExceptionServices;
using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>
/// Extracts a run's articles on up to <c>threads</c> threads, sharing one extractor, and reads unchanged ones from the cache. Each result
/// lands in its article's place, so what follows sees them in article order whatever the thread count.
/// </summary>
internal sealed class ArticleExtractions(int threads, ExtractionCache? cache, Lazy<ArticleExtractor> extractor)
{
    private int _extracted;
    private int _fromCache;

    public int Extracted => _extracted;

    public int FromCache => _fromCache;

    /// <summary>The extraction of every article, in the order given; <paramref name="keys"/> holds each one's cache key.</summary>
    public ExtractedArticle[] Run(IReadOnlyList<Article> articles, IReadOnlyList<string> keys, IProgress<ExtractProgress>? progress)
    {
        var results = new ExtractedArticle[articles.Count];
        var done = 0;
        var gate = new object();
        try
        {
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
            {
                results[i] = One(articles[i], keys[i]);
                // Reported under the lock so that the counts a listener sees go up one by one.
                lock (gate)
                {
                    done++;
                    progress?.Report(new ExtractProgress(done, articles.Count, articles[i].Id));
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A bug in one article's extraction surfaces as it did before the work was shared out.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    // Only the events and actors are kept: the times and the sentences go as soon as the article is done.
    private ExtractedArticle One(Article article, string key)
    {
        if (cache?.TryRead(key) is { } cached)
        {
            Interlocked.Increment(ref _fromCache);
            return cached;
        }

        var extraction = extractor.Value.Extract(article);
        Interlocked.Increment(ref _extracted);
        var result = new ExtractedArticle { Events = extraction.Events, Actors = extraction.Actors };
        cache?.Write(key, result);
        return result;
    }
}
