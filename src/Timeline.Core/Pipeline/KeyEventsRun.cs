using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Model;
using Timeline.Store;
using Timeline.Summarize;

namespace Timeline.Pipeline;

/// <summary>
/// The key events of an input folder: its articles' dated sentences, read from the build's extraction cache where a
/// build left them (the cache is only read: a summary never changes what a build keeps), extracted otherwise; and,
/// for <c>timeline summarize</c>, stored in summary.yaml with the hand edits kept.
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
        var extractions = new ArticleExtractions(options.Threads, cache: null, options.ArticleTimeout, new Lazy<ArticleExtractor>(() => new ArticleExtractor(run.Edits, ExtractorModels.Start(options.Threads))));
        var extracted = extractions.Run([.. missing.Select(i => run.Articles[i])], [.. missing.Select(i => run.Keys[i])], null, diagnostics);
        for (var m = 0; m < missing.Count; m++)
        {
            cached[missing[m]] = extracted[m];
        }

        var articles = run.Articles.Select((a, i) => SummaryArticle.From(a, cached[i]!.Sentences)).ToList();
        return KeyEventSummarizer.Summarize(articles, summary);
    }

    /// <summary>
    /// Summarises and merges the result into summary.yaml, linked to the events and actors stored there: what a person
    /// pinned, dropped or rewrote is kept. Null when there is no article or the output is held by another run.
    /// </summary>
    public static KeyTimeline? SummarizeAndSave(BuildOptions options, SummaryOptions summary, DiagnosticBag diagnostics)
    {
        if (Summarize(options, summary, diagnostics) is not { } proposed) return null;
        using var held = OutputLock.Acquire(options.Output, diagnostics);
        if (held is null) return null;
        var stored = new EventStore(options.Output).Load(new DiagnosticBag()).Data;
        return new SummaryStore(options.Output).Save(KeyEventLinks.Link(proposed, stored), diagnostics);
    }
}
