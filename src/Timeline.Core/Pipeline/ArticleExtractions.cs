using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>
/// Extracts a run's articles on up to <c>threads</c> threads, sharing one extractor, and reads unchanged ones from the cache. Each result
/// lands in its article's place, so what follows sees them in article order whatever the thread count. An article whose
/// extraction fails, or runs past its time budget, gets an error and nothing extracted; the others go on.
/// </summary>
internal sealed class ArticleExtractions(int threads, ExtractionCache? cache, TimeSpan budget, Func<Article, CancellationToken, ExtractedArticle> extract)
{
    public ArticleExtractions(int threads, ExtractionCache? cache, TimeSpan budget, Lazy<ArticleExtractor> extractor)
        : this(threads, cache, budget, (article, cancellation) => Keep(extractor.Value.Extract(article, cancellation)))
    {
        // Loading the models takes a second or more: it does not count against the first article's budget.
        _prepare = () => _ = extractor.Value;
    }

    private readonly Action? _prepare;

    private int _extracted;
    private int _fromCache;

    public int Extracted => _extracted;

    public int FromCache => _fromCache;

    /// <summary>The extraction of every article, in the order given; <paramref name="keys"/> holds each one's cache key.</summary>
    public ExtractedArticle[] Run(IReadOnlyList<Article> articles, IReadOnlyList<string> keys, IProgress<ExtractProgress>? progress, DiagnosticBag diagnostics)
    {
        var results = new ExtractedArticle[articles.Count];
        LoadModelsEarly(keys);
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

    // One changed article among thousands may come last: when an entry is missing, the models (a second or more) load on
    // another thread from the start, while the cache entries are read. A failure to load is the first article's to report.
    private void LoadModelsEarly(IReadOnlyList<string> keys)
    {
        if (_prepare is null || threads <= 1 || (cache is not null && keys.All(cache.Has))) return;
        var prepare = _prepare;
        _ = Task.Run(() =>
        {
            try
            {
                prepare();
            }
#pragma warning disable CA1031 // Lazy keeps the exception: the article that needs the models reports it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }

    // Only the events, actors, their support and the dated sentences (offsets, no text) are kept: the times go as soon as the article is done.
    private static ExtractedArticle Keep(ArticleExtraction extraction) =>
        new() { Events = extraction.Events, Actors = extraction.Actors, Support = extraction.Support, Sentences = extraction.Sentences };

    private ExtractedArticle One(Article article, string key, DiagnosticBag diagnostics)
    {
        if (cache?.TryRead(key) is { } cached)
        {
            Interlocked.Increment(ref _fromCache);
            return cached;
        }

        ExtractedArticle result;
        CancellationTokenSource? timer = null;
        try
        {
            _prepare?.Invoke();
            timer = new CancellationTokenSource(budget);
            result = extract(article, timer.Token);
        }
        catch (OperationCanceledException) when (timer?.IsCancellationRequested == true)
        {
            // Not cached either: with a larger budget, or on a less busy machine, the next run may finish it.
            diagnostics.Add(Diagnostic.Error(ExtractCodes.ExtractionTimedOut, article.Path, 0, 0,
                FormattableString.Invariant($"extraction of this article ran past its time budget of {budget.TotalSeconds:0.###} s and was abandoned, so it adds no events (raise it with --article-timeout)")));
            return new ExtractedArticle { Events = [], Actors = [], Support = [] };
        }
#pragma warning disable CA1031 // One article's failure, whatever it is, must not stop the others.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // Not cached: a fixed Timeline extracts it again.
            diagnostics.Add(Diagnostic.Error(ExtractCodes.ExtractionFailed, article.Path, 0, 0,
                $"extraction of this article failed, so it adds no events ({ex.GetType().Name}: {ex.Message})"));
            return new ExtractedArticle { Events = [], Actors = [], Support = [] };
        }
        finally
        {
            timer?.Dispose();
        }

        Interlocked.Increment(ref _extracted);
        cache?.Write(key, result);
        return result;
    }
}
