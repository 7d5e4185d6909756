namespace Timeline.Summarize;

/// <summary>
/// Whether a sentence can stand alone on a timeline: long enough to tell something and short enough to read, not
/// opening on a word that points back at an earlier sentence ("He", "But", "The move"), not a quotation or a
/// fragment of one, not a question, not a headline or a line of page furniture.
/// </summary>
public static class SentenceShape
{
    // Words that at the start of a sentence lean on the sentence before it.
    private static readonly HashSet<string> LeaningStarts = new(
        ["he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his", "her", "its", "their", "our",
         "him", "them", "but", "and", "or", "so", "also", "however", "then", "there", "here", "meanwhile", "instead",
         "yet", "still", "such", "both", "nor", "which", "who", "although", "though", "because", "if", "while"],
        StringComparer.Ordinal);

    public const int MinWords = 8;

    public const int MaxWords = 50;

    public static bool StandsAlone(string text)
    {
        // Read in place: a corpus asks this of every sentence of every day it weighs, and splitting each into words was a
        // good part of the summary's time. The same tests as Trim, Split on white space and letter counts.
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0) return false;
        if (IsQuoteMark(trimmed[0]) || !char.IsUpper(trimmed[0])) return false;
        // A sentence that does not end as one is a headline, a caption or a cut-off line.
        if (trimmed[^1] is not ('.' or '"' or '\'' or '\u201D' or '\u2019')) return false;
        if (trimmed.Contains('?')) return false;
        var words = 0;
        var firstEnd = -1;
        var letters = 0;
        var capitals = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsWhiteSpace(c))
            {
                if (firstEnd < 0) firstEnd = i;
                continue;
            }

            if (i == 0 || char.IsWhiteSpace(trimmed[i - 1])) words++;
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) capitals++;
        }

        if (words < MinWords || words > MaxWords) return false;
        var firstWord = firstEnd < 0 ? trimmed : trimmed[..firstEnd];
        var first = new string([.. firstWord.ToArray().Where(char.IsLetter)]).ToLowerInvariant();
        if (LeaningStarts.Contains(first)) return false;
        // Mostly capitals: a headline or a label, not a sentence.
        return capitals * 3 < letters;
    }

    /// <summary>How much of the sentence is quoted speech, from 0 to 1.</summary>
    public static double QuotedShare(string text)
    {
        var quoted = 0;
        var inside = false;
        foreach (var c in text)
        {
            if (c is '"' or '\u201C' or '\u201D') inside = !inside;
            else if (inside) quoted++;
        }

        return text.Length == 0 ? 0 : (double)quoted / text.Length;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '`';
}
