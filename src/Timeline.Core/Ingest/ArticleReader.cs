using System.Globalization;
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
    /// sorted by relative path (ordinal, '/' separators), with their page furniture marked (<see cref="Article.Skipped"/>).
    /// Files that cannot be used are reported and skipped.
    /// </summary>
    public IReadOnlyList<Article> ReadFolder(string folder, DiagnosticBag diagnostics)
    {
        var articles = new List<Article>();
        var read = new List<string>();
        var files = FolderScanner.Scan(folder, _options, diagnostics);
        // Each file is read on its own (parsing is pure), on every core; kept and reported in path order, as one thread would.
        var results = new (Article? Article, DiagnosticBag Diagnostics)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bag = new DiagnosticBag();
            var path = Path.Join(folder, files[i].Replace('/', Path.DirectorySeparatorChar));
            results[i] = (ReadFile(path, files[i], bag), bag);
        });
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics.Since(0));
            if (results[i].Article is { } article)
            {
                articles.Add(article);
                read.Add(files[i]);
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
        // Furniture repeated across a source's pages shows only with all of them read.
        return PageFurniture.Mark([.. articles.Select((a, i) => a with { Id = ids[i] })], read);
    }

    /// <summary>Reads one file; null when it cannot be used (the reason is in <paramref name="diagnostics"/>).</summary>
    public Article? ReadFile(string path, string relativePath, DiagnosticBag diagnostics)
    {
        if (!FolderScanner.IsSupported(path))
        {
            return null;
        }

        try
        {
            var text = SourceFileLoader.Load(path, _options.MaxArticleBytes, diagnostics);
            if (text is null)
            {
                return null;
            }

            return _options.Memo is { } memo ? Remembered(memo, text, path, relativePath, diagnostics) : Parse(text, path, relativePath, diagnostics);
        }
#pragma warning disable CA1031 // One article's failure, whatever it is, must not stop the others.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.ReadFailed, path, 0, 0, $"the article could not be read ({ex.GetType().Name}: {ex.Message})"));
            return null;
        }
    }

    // The parse is a function of the text, the paths (its id and its diagnostics) and the options it reads: with those
    // the same as a remembered parse's, its article and diagnostics are that parse's.
    private Article? Remembered(IO.ParseMemo memo, string text, string path, string relativePath, DiagnosticBag diagnostics)
    {
        var key = IO.ParseMemo.Key("article", string.Join('\n', path, relativePath, _options.ReferenceDate?.ToString("O", CultureInfo.InvariantCulture),
            _options.MaxTextChars.ToString(CultureInfo.InvariantCulture), text));
        if (memo.TryGet(key, ArticleReadJson.Default.ArticleRead, out var known) && known.Diagnostics.TrueForAll(d => d is not null))
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.Article;
        }

        var found = new DiagnosticBag();
        var article = Parse(text, path, relativePath, found);
        var reported = found.Since(0);
        memo.Add(key, new ArticleRead { Article = article, Diagnostics = [.. reported] }, ArticleReadJson.Default.ArticleRead);
        diagnostics.AddRange(reported);
        return article;
    }

    private Article? Parse(string text, string path, string relativePath, DiagnosticBag diagnostics)
    {
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

        if (date is { } d && !CalendarEdges.CanAnchor(d))
        {
            diagnostics.Add(Diagnostic.Warning(IngestCodes.DateOffCalendar, path, 0, 0,
                $"publication date {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is too near the ends of the calendar to count from; relative dates such as 'next year' stay unresolved"));
        }

        var title = TextCleanup.CollapseWhitespace(TextCleanup.WithoutControlCharacters(parsed.Title ?? ""));
        return new Article
        {
            Id = ArticleIds.Slug(relativePath),
            Path = path,
            Title = title.Length > 0 ? title : TextCleanup.TitleFromFileName(relativePath),
            Date = date,
            DateFromReference = parsed.Date is null && date is not null,
            Source = Clean(parsed.Source),
            Url = Clean(parsed.Url),
            Tags = [.. parsed.Tags.Select(t => TextCleanup.CollapseWhitespace(TextCleanup.WithoutControlCharacters(t))).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            Body = Limited(TextCleanup.WithoutControlCharacters(parsed.Body), path, diagnostics),
            BodyLine = parsed.BodyLine,
        };
    }

    // Cut at the last sentence end before the limit, so extraction sees whole sentences.
    private string Limited(string body, string path, DiagnosticBag diagnostics)
    {
        var max = _options.MaxTextChars;
        if (body.Length <= max)
        {
            return body;
        }

        diagnostics.Add(Diagnostic.Warning(IngestCodes.TextTooLong, path, 0, 0,
            $"the article's text is longer than {max.ToString("N0", CultureInfo.InvariantCulture)} characters; only the first {max.ToString("N0", CultureInfo.InvariantCulture)} are read for events"));
        var end = body.LastIndexOfAny(['.', '!', '?', '\n'], max - 1);
        return body[..(end > max / 2 ? end + 1 : max)].TrimEnd();
    }

    private static string? Clean(string? value)
    {
        var clean = TextCleanup.CollapseWhitespace(TextCleanup.WithoutControlCharacters(value ?? ""));
        return clean.Length > 0 ? clean : null;
    }
}
