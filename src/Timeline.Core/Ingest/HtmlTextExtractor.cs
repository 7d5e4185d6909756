using System.Text;
using AngleSharp.Dom;

namespace Timeline.Ingest;

/// <summary>Flattens an HTML subtree into plain-text paragraphs, one per block element.</summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    // Code, chrome and controls: never part of what the article says.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "aside", "button", "canvas", "footer", "form", "head", "iframe", "input", "math", "nav", "noscript",
        "object", "script", "select", "style", "svg", "template", "textarea",
    };

    public static List<string> Paragraphs(INode? root)
    {
        var paragraphs = new List<string>();
        if (root is not null)
        {
            var current = new StringBuilder();
            Walk(root, current, paragraphs);
            Flush(current, paragraphs);
        }

        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }

        if (node is IElement element)
        {
            if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                return;
            }

            if (element.LocalName is "td" or "th")
            {
                // Cells of one row stay one paragraph, kept apart by a space.
                current.Append(' ');
            }
        }

        var block = node is IElement e && Blocks.Contains(e.LocalName);
        if (block)
        {
            Flush(current, paragraphs);
        }

        foreach (var child in node.ChildNodes)
        {
            Walk(child, current, paragraphs);
        }

        if (block)
        {
            Flush(current, paragraphs);
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = TextCleanup.CollapseWhitespace(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
