using Timeline.Model;

namespace Timeline.Ingest;

/// <summary>Marks the page furniture of articles as skipped ranges of their bodies (see <see cref="Article.Skipped"/>).</summary>
public static class PageFurniture
{
    /// <summary>
    /// The articles of a run: each on its own, then the lines shared by many articles of the same folder
    /// (<paramref name="relativePaths"/> give the folders). The result does not depend on anything but the articles.
    /// </summary>
    public static List<Article> Mark(IReadOnlyList<Article> articles, IReadOnlyList<string> relativePaths)
    {
        var folders = relativePaths.Select(p => p.Contains('/', StringComparison.Ordinal) ? p[..p.LastIndexOf('/')] : "").ToList();
        var repeated = RepeatedLines.Find([.. articles.Select(a => a.Body)], folders);
        return [.. articles.Select((a, i) =>
        {
            var lines = FurnitureLines.Find(BodyLine.Of(a.Body));
            lines.UnionWith(repeated[i]);
            return With(a, lines);
        })];
    }

    /// <summary>Lines skipped across <paramref name="articles"/>, and the articles with any, for the build summary.</summary>
    public static (int Lines, int Articles) Count(IEnumerable<Article> articles)
    {
        var (lines, count) = (0, 0);
        foreach (var a in articles.Where(a => a.Skipped.Count > 0))
        {
            lines += a.Skipped.Count;
            count++;
        }

        return (lines, count);
    }

    private static Article With(Article article, SortedSet<int> indices)
    {
        if (indices.Count == 0) return article.Skipped.Count == 0 ? article : article with { Skipped = [] };
        var lines = BodyLine.Of(article.Body);
        return article with { Skipped = [.. indices.Select(i => new SkippedRange { Start = lines[i].Start, Length = lines[i].Length })] };
    }
}
