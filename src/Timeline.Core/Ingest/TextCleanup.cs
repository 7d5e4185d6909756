using System.Text;

namespace Timeline.Ingest;

/// <summary>Whitespace and line-ending normalisation shared by every format.</summary>
internal static class TextCleanup
{
    /// <summary>Collapses every run of whitespace (non-breaking spaces included) to one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Control characters (tab and line feed aside) and U+FFFE/U+FFFF become spaces: one for one, so offsets
    /// hold, and the stored YAML and every export can carry the text.
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static bool IsControl(char c) => (char.IsControl(c) && c is not ('\n' or '\t')) || c is '\uFFFE' or '\uFFFF';

    public static string NormaliseLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Joins non-empty paragraphs with one blank line, the body layout every stage expects.</summary>
    public static string JoinParagraphs(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => p.Length > 0));

    /// <summary>A readable title from a file name: <c>li-shangfu_visit.md</c> gives <c>li shangfu visit</c>.</summary>
    public static string TitleFromFileName(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath.Replace('\\', '/').Split('/')[^1]);
        var spaced = CollapseWhitespace(name.Replace('_', ' ').Replace('-', ' '));
        return spaced.Length > 0 ? spaced : name;
    }
}
