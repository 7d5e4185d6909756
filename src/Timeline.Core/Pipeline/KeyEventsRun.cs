using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Model;
using Timeline.Store;
using Timeline.Summarize;

namespace Timeline.Pipeline;

/// <summary>
/// The key events of an input folder: its articles' dated sentences, read from the build's extraction cache where a
/// build left them (the cache is only read: a summary never changes what a build keeps), extracted otherwise.
/// </summary>
public static class KeyEventsRun
{
    /// <summary>The summary, or null (with the reason among <paramref name="diagnostics"/>) when there is no article.</summary>
    public static KeyTimeline? Summarize(BuildOptions options, SummaryOptions summary, DiagnosticBag diagnostics)
    {
        var run = RunArticles.Read(options, new StoreParses(), diagnostics);
        if (run is null) return null;
        var cache = options.UseCache ? new ExtractionCache(options.CacheFolder) : null;
        var cached = run.Keys.Select(k => cache?.TryRead(k)).ToArray();
        var missing = Enumerable.Range(0, cached.Length).Where(i => cached[i] is null).ToList();
        var extractions = new ArticleExtractions(options.Threads, cache: null, options.ArticleTimeout, new Lazy<ArticleExtractor>(() => new ArticleExtractor(run.Edits)));
        var extracted = extractions.Run([.. missing.Select(i => run.Articles[i])], [.. missing.Select(i => run.Keys[i])], null, diagnostics);
        for (var m = 0; m < missing.Count; m++)
        {
            cached[missing[m]] = extracted[m];
        }

        var articles = run.Articles.Select((a, i) => SummaryArticle.From(a, cached[i]!.Sentences)).ToList();
        return KeyEventSummarizer.Summarize(articles, summary);
    }
}
