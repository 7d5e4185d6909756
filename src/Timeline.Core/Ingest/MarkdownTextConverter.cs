using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Timeline.Ingest;

/// <summary>Turns Markdown into plain-text paragraphs: no markup left, link and heading text kept.</summary>
internal static class MarkdownTextConverter
{
    // Built once: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static List<TextBlock> ToBlocks(string markdown)
    {
        var blocks = new List<TextBlock>();
        Collect(Markdown.Parse(markdown, Pipeline), blocks);
        return blocks;
    }

    private static void Collect(Block block, List<TextBlock> blocks)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(CellText).Where(c => c.Length > 0);
                    Add(blocks, string.Join("; ", cells), row.Line, isHeading: false);
                }

                break;
            case HeadingBlock heading:
                Add(blocks, InlineText(heading.Inline), heading.Line, isHeading: true);
                break;
            case ParagraphBlock paragraph:
                Add(blocks, InlineText(paragraph.Inline), paragraph.Line, isHeading: false);
                break;
            case CodeBlock code:
                // Code keeps its line layout; only trailing blank lines go.
                blocks.Add(new TextBlock { Text = code.Lines.ToString().TrimEnd(), Line = code.Line });
                break;
            case ContainerBlock container when container is not LinkReferenceDefinitionGroup:
                foreach (var child in container)
                {
                    Collect(child, blocks);
                }

                break;
            default:
                // Thematic breaks, raw HTML blocks and link definitions carry no article text.
                break;
        }
    }

    private static string CellText(TableCell cell) =>
        TextCleanup.CollapseWhitespace(string.Join(' ', cell.OfType<LeafBlock>().Select(b => InlineText(b.Inline))));

    private static void Add(List<TextBlock> blocks, string text, int line, bool isHeading)
    {
        var clean = TextCleanup.CollapseWhitespace(text);
        if (clean.Length > 0)
        {
            blocks.Add(new TextBlock { Text = clean, Line = line, IsHeading = isHeading });
        }
    }

    private static string InlineText(ContainerInline? root)
    {
        var builder = new StringBuilder();
        if (root is not null)
        {
            Append(root, builder);
        }

        return builder.ToString();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case LinkInline { IsImage: true }:
                // An image is not part of the running text.
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
            default:
                // Raw inline HTML tags carry no text of their own.
                break;
        }
    }
}
