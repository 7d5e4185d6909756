using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads an <c>.html</c>/<c>.htm</c> page: metadata from the head, main text through SmartReader.</summary>
internal static class HtmlArticleParser
{
    // SmartReader needs an absolute address to resolve relative links; nothing is fetched from it.
    private const string PlaceholderUrl = "https://article.invalid/";

    public static ParsedArticle Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(text);
        var metadata = HtmlMetadataReader.Read(document, text, path, diagnostics);
        var paragraphs = ReadableParagraphs(text, metadata.Url) ?? HtmlTextExtractor.Paragraphs(document.Body);
        if (paragraphs.Count > 0 && string.Equals(paragraphs[0], metadata.Title, StringComparison.Ordinal))
        {
            // The page's own headline repeats the title; the body starts after it.
            paragraphs.RemoveAt(0);
        }

        var start = document.QuerySelector("article") ?? document.Body;
        return metadata with
        {
            Body = TextCleanup.JoinParagraphs(paragraphs),
            BodyLine = start?.SourceReference?.Position.Line ?? 1,
        };
    }

    /// <summary>The main text as SmartReader finds it, or null when it finds no readable article.</summary>
    private static List<string>? ReadableParagraphs(string html, string? url)
    {
        var address = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : PlaceholderUrl;
        try
        {
            var article = new Reader(address, html).GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }

            var content = new HtmlParser().ParseDocument(article.Content);
            var paragraphs = HtmlTextExtractor.Paragraphs(content.Body);
            return paragraphs.Count > 0 ? paragraphs : null;
        }
        catch (Exception)
        {
            // A page SmartReader cannot digest still has a body: fall back to the plain DOM text.
            return null;
        }
    }
}
