using System.Globalization;
using System.Text;
using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>
/// Writes system TIMEX3s into a TimeML document: TEXT loses its gold tags and gets the system's,
/// gold tags elsewhere (links, a tagged headline) go, the DCT and every other byte stay as they were.
/// </summary>
public sealed class TimeMlWriter
{
    /// <summary>The document with <paramref name="timexes"/> (offsets into <see cref="TimeMlDocument.Text"/>) as its only annotation.</summary>
    public string Write(TimeMlDocument document, IReadOnlyList<Timex3> timexes)
    {
        var map = XmlSourceMap.Build(document.Source);
        var reserved = document.DctTid is ['t', .. var n] && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        var content = Content(document.Text, timexes, reserved);
        var (start, end, selfClosing) = map.TextContent;
        var edits = map.Links.Concat(map.OuterTags).Select(l => (l.Start, l.End, Replacement: ""))
            .Append((start, end, selfClosing ? $">{content}</TEXT>" : content))
            .OrderByDescending(e => e.Item1);
        var output = new StringBuilder(document.Source);
        foreach (var (editStart, editEnd, replacement) in edits)
        {
            output.Remove(editStart, editEnd - editStart).Insert(editStart, replacement);
        }

        return output.ToString();
    }

    /// <summary>A minimal TimeML document for plain text: DOCID, DCT and the annotated TEXT.</summary>
    public string WritePlain(string docId, DateOnly dct, string text, IReadOnlyList<Timex3> timexes)
    {
        var date = dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n\n" +
            $"<DOCID>{EscapeText(docId)}</DOCID>\n\n" +
            $"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{date}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{date}</TIMEX3></DCT>\n\n" +
            $"<TEXT>{Content(text, timexes, 0)}</TEXT>\n\n</TimeML>\n";
    }

    /// <summary>The escaped TEXT content with TIMEX3 elements; ids run t1, t2... skipping the DCT's own id.</summary>
    private static string Content(string text, IReadOnlyList<Timex3> timexes, int reservedId)
    {
        var output = new StringBuilder(text.Length + (timexes.Count * 64));
        var at = 0;
        var id = 0;
        foreach (var t in timexes.OrderBy(t => t.Start).ThenBy(t => t.End))
        {
            if (t.Start < at || t.End > text.Length || string.CompareOrdinal(text, t.Start, t.Text, 0, t.Length) != 0)
            {
                throw new ArgumentException($"TIMEX3 '{t.Text}' at {t.Start} overlaps another or does not match the text", nameof(timexes));
            }

            if (++id == reservedId) id++;
            output.Append(EscapeText(text[at..t.Start]));
            output.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{id}\" type=\"{EscapeAttribute(t.Type)}\" value=\"{EscapeAttribute(t.Value)}\"");
            AppendOptional(output, "mod", t.Mod);
            AppendOptional(output, "freq", t.Freq);
            AppendOptional(output, "quant", t.Quant);
            output.Append('>').Append(EscapeText(t.Text)).Append("</TIMEX3>");
            at = t.End;
        }

        return output.Append(EscapeText(text[at..])).ToString();
    }

    private static void AppendOptional(StringBuilder output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.Append(' ').Append(name).Append("=\"").Append(EscapeAttribute(value)).Append('"');
    }

    /// <summary>Escapes character data; a bare \r is written as a reference because the parser would turn it into \n.</summary>
    private static string EscapeText(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\r", "&#13;", StringComparison.Ordinal);

    /// <summary>Escapes an attribute value; whitespace other than space is referenced so normalisation keeps it.</summary>
    private static string EscapeAttribute(string s) =>
        EscapeText(s).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal)
            .Replace("\t", "&#9;", StringComparison.Ordinal);
}
