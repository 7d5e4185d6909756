using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads a <c>.md</c>/<c>.markdown</c> file: front matter metadata and a plain-text body.</summary>
internal static class MarkdownArticleParser
{
    public static ParsedArticle? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var parsed = FrontMatterParser.Parse(text, path, diagnostics);
        if (parsed is null)
        {
            return null;
        }

        List<TextBlock> blocks;
        try
        {
            blocks = MarkdownTextConverter.ToBlocks(parsed.Body);
        }
        catch (Exception ex) when (ex is ArgumentException or InsufficientExecutionStackException)
        {
            // Markdig refuses markup nested deeper than its limit: the words are still worth reading.
            diagnostics.Add(Diagnostic.Warning(IngestCodes.TooDeep, path, parsed.BodyLine, 1,
                "Markdown nested too deep to read as Markdown; read as plain text"));
            blocks = PlainBlocks(parsed.Body);
        }

        var title = parsed.Title;
        if (title is null && blocks.Count > 0 && blocks[0].IsHeading)
        {
            // Without a front-matter title, a leading heading is the title, not body text.
            title = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        return parsed with
        {
            Title = title,
            Body = TextCleanup.JoinParagraphs(blocks.Select(b => b.Text)),
            BodyLine = blocks.Count > 0 ? parsed.BodyLine + blocks[0].Line : parsed.BodyLine,
        };
    }

    // Paragraphs are runs of non-blank lines; Line is 0-based like Markdig's.
    private static List<TextBlock> PlainBlocks(string body)
    {
        var blocks = new List<TextBlock>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var first = i;
            var text = new List<string>();
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                text.Add(lines[i++].Trim());
            }

            if (text.Count > 0)
            {
                blocks.Add(new TextBlock { Text = string.Join(' ', text), Line = first });
            }
        }

        return blocks;
    }
}
