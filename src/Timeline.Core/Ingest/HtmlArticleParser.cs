using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads an <c>.html</c>/<c>.htm</c> page: metadata from the head, main text through SmartReader.</summary>
internal static partial class HtmlArticleParser
{
    // SmartReader needs an absolute address to resolve relative links; nothing is fetched from it.
    private const string PlaceholderUrl = "https://article.invalid/";

    public static ParsedArticle Parse(string text, string path, DiagnosticBag diagnostics)
    {
        if (HtmlShape.TooBig(text))
        {
            diagnostics.Add(Diagnostic.Warning(IngestCodes.TooDeep, path, 0, 0,
                $"the page nests its elements more than {HtmlShape.MaxDepth} deep or holds more than {HtmlShape.MaxElements} of them; its text is read without its layout"));
            return PlainText(text, path, diagnostics);
        }

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

    // The metadata comes from the head alone; the body is its text with the tags taken out.
    private static ParsedArticle PlainText(string text, string path, DiagnosticBag diagnostics)
    {
        var bodyAt = text.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var head = bodyAt >= 0 ? text[..bodyAt] : "";
        var metadata = HtmlShape.TooBig(head) ? new ParsedArticle { Body = "", BodyLine = 1 }
            : HtmlMetadataReader.Read(new HtmlParser().ParseDocument(head), text, path, diagnostics);
        var body = bodyAt >= 0 ? text[bodyAt..] : text;
        var lines = AnyTag().Replace(BlockTag().Replace(HiddenContent().Replace(body, "\n"), "\n"), "");
        var paragraphs = lines.Split('\n').Select(l => TextCleanup.CollapseWhitespace(WebUtility.HtmlDecode(l))).ToList();
        return metadata with { Body = TextCleanup.JoinParagraphs(paragraphs), BodyLine = 1 };
    }

    // Linear-time matching: a page of unclosed <script> tags must not make the fallback slow too.
    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<template\b.*?</template\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenContent();

    [GeneratedRegex(@"</?(?:p|div|br|li|h[1-6]|tr|td|th|section|article|blockquote|ul|ol|table|header|footer|main|nav|aside|pre|hr|figure|figcaption)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

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
