using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads a <c>.txt</c> file: optional front matter, else the first short line is the title.</summary>
internal static class TextArticleParser
{
    // A first line longer than this is the opening paragraph, not a headline.
    private const int MaxTitleWords = 15;

    public static ParsedArticle? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var parsed = FrontMatterParser.Parse(text, path, diagnostics);
        if (parsed is null)
        {
            return null;
        }

        var lines = parsed.Body.Split('\n').Select(l => l.Trim()).ToList();
        var start = lines.FindIndex(l => l.Length > 0);
        var title = parsed.Title;
        if (title is null && start >= 0 && WordCount(lines[start]) <= MaxTitleWords)
        {
            title = lines[start];
            start = lines.FindIndex(start + 1, l => l.Length > 0);
        }

        if (start < 0)
        {
            return parsed with { Title = title, Body = "" };
        }

        return parsed with
        {
            Title = title,
            Body = TextCleanup.JoinParagraphs(Paragraphs(lines.Skip(start))),
            BodyLine = parsed.BodyLine + start,
        };
    }

    // Lines stay as written; only runs of blank lines shrink to the one blank line between paragraphs.
    private static IEnumerable<string> Paragraphs(IEnumerable<string> lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }

            if (current.Count > 0)
            {
                yield return string.Join('\n', current);
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join('\n', current);
        }
    }

    private static int WordCount(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
