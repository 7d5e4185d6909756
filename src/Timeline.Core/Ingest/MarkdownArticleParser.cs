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

        var blocks = MarkdownTextConverter.ToBlocks(parsed.Body);
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
}
