using System.Text.RegularExpressions;

namespace Timeline.Tests.Render;

/// <summary>Reads a rendered site: the local links of a page and whether each leads to a file of the site.</summary>
public static partial class PagedSite
{
    /// <summary>Every local link target of the page (no query or fragment), as a path from the site root.</summary>
    public static IEnumerable<string> LocalLinks(string site, string page)
    {
        var folder = Path.GetDirectoryName(Path.Combine(site, page))!;
        foreach (Match m in Href().Matches(File.ReadAllText(Path.Combine(site, page))))
        {
            var href = m.Groups[1].Value;
            if (href.Length == 0 || href.StartsWith('#') || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var path = href.Split('#', '?')[0];
            yield return Path.GetRelativePath(site, Path.GetFullPath(Path.Combine(folder, path))).Replace('\\', '/');
        }
    }

    /// <summary>Links of any page of the site that lead to no file, as <c>page -> target</c>.</summary>
    public static List<string> DeadLinks(string site) => [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
        .Where(p => p != "404.html")
        .SelectMany(p => LocalLinks(site, p).Distinct(StringComparer.Ordinal).Where(t => !File.Exists(Path.Combine(site, t))).Select(t => $"{p} -> {t}"))];

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();
}
