using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Ingest;
using Timeline.Pipeline;
using Timeline.Summarize;

namespace Timeline.Evaluation.Tls;

/// <summary>
/// Reads a Timeline17-style folder (<c>&lt;source&gt;/articles/*.md</c>, <c>&lt;source&gt;/timelines/*.txt</c>) into tasks,
/// extracting each source's articles once, through an extraction cache per source when one is given.
/// </summary>
public static class TlsCorpus
{
    public const string NoTask = "TL0551";

    public static List<TlsTask> Load(string folder, int threads, string? cacheFolder, DiagnosticBag diagnostics)
    {
        var tasks = new List<TlsTask>();
        var extractor = new Lazy<ArticleExtractor>(() => new ArticleExtractor());
        var sources = Directory.EnumerateDirectories(folder).Where(d => Directory.Exists(Path.Combine(d, "timelines")))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var source in sources)
        {
            var name = Path.GetFileName(source);
            var golds = Directory.EnumerateFiles(Path.Combine(source, "timelines"), "*.txt").Order(StringComparer.Ordinal).ToList();
            var articles = Extract(Path.Combine(source, "articles"), threads, cacheFolder is null ? null : Path.Combine(cacheFolder, name), extractor, diagnostics);
            foreach (var path in golds)
            {
                var gold = TlsTimelineReader.Read(path, File.ReadAllText(path), diagnostics);
                if (gold.Days.Count == 0) continue;
                var (first, last) = (gold.Days[0].Date, gold.Days[^1].Date);
                tasks.Add(new TlsTask
                {
                    Name = golds.Count == 1 ? name : $"{name}/{Path.GetFileNameWithoutExtension(path)}",
                    Gold = gold,
                    Articles = [.. articles.Where(a => a.Date is { } d && d >= first && d <= last)],
                });
            }
        }

        if (tasks.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(NoTask, folder, 0, 0, "no task here: expected <source>/timelines/*.txt gold timelines with their <source>/articles/"));
        }

        return tasks;
    }

    private static List<SummaryArticle> Extract(string folder, int threads, string? cacheFolder, Lazy<ArticleExtractor> extractor, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(NoTask, folder, 0, 0, "the articles folder of this source is missing"));
            return [];
        }

        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(folder, diagnostics);
        var keys = ExtractionKeys.ForEvaluation();
        var keyOf = articles.Select(a => keys.For(a, Path.GetRelativePath(folder, a.Path).Replace('\\', '/'))).ToList();
        var cache = cacheFolder is null ? null : new ExtractionCache(cacheFolder);
        var results = new ArticleExtractions(threads, cache, BuildOptions.Default.ArticleTimeout, extractor).Run(articles, keyOf, null, diagnostics);
        cache?.KeepOnly(keyOf);
        return [.. articles.Select((a, i) => SummaryArticle.From(a, results[i].Sentences))];
    }
}
