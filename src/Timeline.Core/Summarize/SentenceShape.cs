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
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return false;
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinWords || words.Length > MaxWords) return false;
        if (IsQuoteMark(trimmed[0]) || !char.IsUpper(trimmed[0])) return false;
        var first = new string([.. words[0].Where(char.IsLetter)]).ToLowerInvariant();
        if (LeaningStarts.Contains(first)) return false;
        // A sentence that does not end as one is a headline, a caption or a cut-off line.
        if (trimmed[^1] is not ('.' or '"' or '\'' or '\u201D' or '\u2019')) return false;
        if (trimmed.Contains('?', StringComparison.Ordinal)) return false;
        // Mostly capitals: a headline or a label, not a sentence.
        var letters = trimmed.Where(char.IsLetter).ToList();
        return letters.Count(char.IsUpper) * 3 < letters.Count;
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
