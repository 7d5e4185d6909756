using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Ingest;

/// <summary>Ingest stage: reads Markdown, text and HTML files into <see cref="Article"/> records.</summary>
public sealed class ArticleReader
{
    private readonly ArticleReaderOptions _options;

    public ArticleReader(ArticleReaderOptions options)
    {
        _options = options;
    }

    /// <summary>
    /// Reads every .md/.markdown/.txt/.html/.htm file under <paramref name="folder"/>, recursively,
    /// sorted by relative path (ordinal, '/' separators). Files that cannot be used are reported and skipped.
    /// </summary>
    public IReadOnlyList<Article> ReadFolder(string folder, DiagnosticBag diagnostics)
    {
        var articles = new List<Article>();
        var files = FolderScanner.Scan(folder, diagnostics);
        foreach (var relative in files)
        {
            var path = Path.Join(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            if (ReadFile(path, relative, diagnostics) is { } article)
            {
                articles.Add(article);
            }
        }

        // A folder with nothing to read is a mistake (the wrong folder, or files of another kind), not an empty timeline.
        if (articles.Count == 0 && Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.NoArticles, folder, 0, 0, files.Count == 0
                ? "no articles to read: the folder has no .md, .markdown, .txt, .html or .htm file"
                : $"no articles to read: none of its {files.Count} article file(s) could be read"));
        }

        var ids = ArticleIds.MakeUnique(articles.Select(a => a.Id));
        return [.. articles.Select((a, i) => a with { Id = ids[i] })];
    }

    /// <summary>Reads one file; null when it cannot be used (the reason is in <paramref name="diagnostics"/>).</summary>
    public Article? ReadFile(string path, string relativePath, DiagnosticBag diagnostics)
    {
        if (!FolderScanner.IsSupported(path))
        {
            return null;
        }

        var text = SourceFileLoader.Load(path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var parsed = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => MarkdownArticleParser.Parse(text, path, diagnostics),
            ".txt" => TextArticleParser.Parse(text, path, diagnostics),
            _ => HtmlArticleParser.Parse(text, path, diagnostics),
        };
        return parsed is null ? null : ToArticle(parsed, path, relativePath, diagnostics);
    }

    private Article ToArticle(ParsedArticle parsed, string path, string relativePath, DiagnosticBag diagnostics)
    {
        var date = parsed.Date ?? _options.ReferenceDate;
        if (date is null && !parsed.DateRejected)
        {
            diagnostics.Add(Diagnostic.Warning(IngestCodes.NoDate, path, 0, 0,
                "no publication date; relative dates stay unresolved (use front matter 'date' or --reference-date)"));
        }

        var title = TextCleanup.CollapseWhitespace(parsed.Title ?? "");
        return new Article
        {
            Id = ArticleIds.Slug(relativePath),
            Path = path,
            Title = title.Length > 0 ? title : TextCleanup.TitleFromFileName(relativePath),
            Date = date,
            DateFromReference = parsed.Date is null && date is not null,
            Source = Clean(parsed.Source),
            Url = Clean(parsed.Url),
            Tags = [.. parsed.Tags.Select(TextCleanup.CollapseWhitespace).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            Body = parsed.Body,
            BodyLine = parsed.BodyLine,
        };
    }

    private static string? Clean(string? value)
    {
        var clean = TextCleanup.CollapseWhitespace(value ?? "");
        return clean.Length > 0 ? clean : null;
    }
}
