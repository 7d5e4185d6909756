namespace Timeline.Ingest;

/// <summary>
/// A cheap look at a page's tags before it is parsed: a DOM nested 100,000 deep or holding a million
/// elements takes the parser and SmartReader minutes, so such a page is read as text instead.
/// </summary>
internal static class HtmlShape
{
    /// <summary>Far above any news page (a few thousand elements, a few dozen levels).</summary>
    public const int MaxDepth = 512;

    public const int MaxElements = 50_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The deepest nesting (estimated: implied end tags are not inferred) and the number of start tags.</summary>
    public static (int Depth, int Elements) Measure(string html)
    {
        var (depth, deepest, elements) = (0, 0, 0);
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            elements++;
            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (!selfClosing && !VoidElements.Contains(html[(i + 1)..end]))
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return (deepest, elements);
    }

    public static bool TooBig(string html)
    {
        var (depth, elements) = Measure(html);
        return depth > MaxDepth || elements > MaxElements;
    }
}
