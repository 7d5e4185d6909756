using AngleSharp.Dom;
using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads title, publication date, source, url and tags from a page's metadata.</summary>
internal static class HtmlMetadataReader
{
    // Checked in this order: the first readable value wins.
    private static readonly string[] SecondaryDateKeys = ["date", "dc.date", "dc.date.issued", "datepublished", "pubdate"];

    private static readonly string[] KeywordKeys = ["keywords", "news_keywords"];

    public static ParsedArticle Read(IDocument document, string text, string path, DiagnosticBag diagnostics)
    {
        var jsonLd = JsonLdReader.Read(document);
        var (date, rejected) = FindDate(document, jsonLd, text, path, diagnostics);
        var h1 = document.QuerySelector("h1")?.TextContent;
        return new ParsedArticle
        {
            Title = First(Meta(document, "og:title"), Meta(document, "twitter:title"),
                jsonLd.Select(f => f.Headline).FirstOrDefault(h => h is not null), document.Title, h1),
            Date = date,
            DateRejected = rejected,
            Source = First(Meta(document, "og:site_name"), jsonLd.Select(f => f.Publisher).FirstOrDefault(p => p is not null)),
            Url = First(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), Meta(document, "og:url"),
                jsonLd.Select(f => f.Url).FirstOrDefault(u => u is not null)),
            Tags = Tags(document),
            Body = "",
            BodyLine = 1,
        };
    }

    private static (DateOnly? Date, bool Rejected) FindDate(IDocument document, List<JsonLdFacts> jsonLd, string text, string path, DiagnosticBag diagnostics)
    {
        var candidates = MetaElements(document, "article:published_time").Select(m => (m.GetAttribute("content"), m))
            .Concat(jsonLd.Select(f => (f.DatePublished, f.Script)))
            .Concat(SecondaryDateKeys.SelectMany(k => MetaElements(document, k)).Select(m => (m.GetAttribute("content"), m)))
            .Concat(document.QuerySelectorAll("article time[datetime]").Select(t => (t.GetAttribute("datetime"), t)))
            .Where(c => !string.IsNullOrWhiteSpace(c.Item1))
            .ToList();
        foreach (var (value, _) in candidates)
        {
            if (PublicationDateParser.TryParse(value, out var date))
            {
                return (date, false);
            }
        }

        if (candidates.Count == 0)
        {
            return (null, false);
        }

        var (badValue, element) = candidates[0];
        var (line, column) = PositionOf(text, badValue!, element);
        diagnostics.Add(Diagnostic.Error(IngestCodes.BadDate, path, line, column,
            $"'{badValue!.Trim()}' is not a date (write 2023-08-18 or an ISO date-time)"));
        return (null, true);
    }

    /// <summary>Where <paramref name="value"/> is written in the file: at or after its element's tag.</summary>
    private static (int Line, int Column) PositionOf(string text, string value, IElement element)
    {
        var start = element.SourceReference?.Position.Index ?? 0;
        var index = text.IndexOf(value.Trim(), Math.Clamp(start, 0, text.Length), StringComparison.Ordinal);
        return TextPosition.FromIndex(text, index >= 0 ? index : start);
    }

    private static List<string> Tags(IDocument document)
    {
        var tags = MetaElements(document, "article:tag").Select(m => m.GetAttribute("content") ?? "").ToList();
        foreach (var keywords in KeywordKeys.Select(k => Meta(document, k)))
        {
            tags.AddRange(keywords?.Split(',') ?? []);
        }

        return tags;
    }

    private static string? Meta(IDocument document, string key) =>
        MetaElements(document, key).Select(m => m.GetAttribute("content")).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    // Sites disagree on which attribute names a meta tag, so all three are accepted.
    private static IEnumerable<IElement> MetaElements(IDocument document, string key) =>
        document.QuerySelectorAll("meta").Where(m =>
            string.Equals(m.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("itemprop")?.Trim(), key, StringComparison.OrdinalIgnoreCase));

    private static string? First(params string?[] values) =>
        values.Select(v => v is null ? "" : TextCleanup.CollapseWhitespace(v)).FirstOrDefault(v => v.Length > 0);
}
