using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>Splits a body into sentences, keeping offsets; knows common abbreviations and initials.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "no", "vs", "etc", "fig", "approx", "dept", "est", "u.s", "u.k", "u.n", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon",
        "adm", "cmdr", "cdr", "maj", "brig", "cpl", "pvt", "supt", "insp", "lieut", "atty", "sens", "reps", "messrs", "det",
    };

    /// <summary>Where the sentence that holds <paramref name="index"/> starts: just after the last stop or line break before it.</summary>
    public static int StartBefore(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, index - 1)) + 1;
    }

    public static List<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var paragraph = 0;
        foreach (Match para in ParagraphRegex().Matches(text))
        {
            var start = para.Index;
            var content = para.Value;
            var cursor = 0;
            var cuts = new SortedSet<int>();
            foreach (Match end in BoundaryRegex().Matches(content))
            {
                if (!IsAbbreviation(content, end.Index)) cuts.Add(end.Index + end.Length);
            }

            // A time stamp or a photo credit glued into the text is a sentence of its own, whole ("6:05 p.m. EST").
            foreach (var (from, to) in GluedFurniture.Find(content))
            {
                cuts.RemoveWhere(c => c > from && c < to);
                cuts.Add(from);
                cuts.Add(to);
            }

            // A headline or a caption run into the text with no full stop ends where a capitalised pronoun starts the next sentence.
            foreach (var from in RunOnSentences.Find(content)) cuts.Add(from);

            // A pull quote and its caption repeat and label the text: they are cut out and not read.
            var boxes = PullQuotes.Find(content).ToList();
            foreach (var (from, to) in boxes)
            {
                cuts.Add(from);
                cuts.Add(to);
            }

            foreach (var cut in cuts)
            {
                if (cut <= cursor || cut >= content.Length) continue;
                if (!boxes.Exists(b => cursor >= b.Start && cursor < b.End)) Add(result, text, start + cursor, cut - cursor, paragraph);
                cursor = cut;
            }

            if (!boxes.Exists(b => cursor >= b.Start && cursor < b.End)) Add(result, text, start + cursor, content.Length - cursor, paragraph);
            paragraph++;
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] = result[i] with { Index = i };
        }

        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, int length, int paragraph)
    {
        var s = start;
        var e = start + length;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s)
        {
            result.Add(new Sentence { Start = s, Text = text[s..e], Paragraph = paragraph, Index = result.Count });
        }
    }

    private static bool IsAbbreviation(string content, int dot)
    {
        if (content[dot] != '.') return false;
        var w = dot;
        while (w > 0 && (char.IsLetter(content[w - 1]) || content[w - 1] == '.')) w--;
        var word = content[w..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "George W. Bush"
        if (Abbreviations.Contains(word)) return true;
        // A following lower-case word means the sentence goes on ("approx. five").
        var next = dot + 1;
        while (next < content.Length && content[next] == ' ') next++;
        return next < content.Length && char.IsLower(content[next]);
    }

    [GeneratedRegex(@"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")]
    private static partial Regex ParagraphRegex();

    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s+[""'“‘(\[]?[A-Z0-9]|\s*$)")]
    private static partial Regex BoundaryRegex();
}
