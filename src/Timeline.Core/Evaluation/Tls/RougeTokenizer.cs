using System.Text;
using Timeline.Extract.Text;

namespace Timeline.Evaluation.Tls;

/// <summary>
/// Words as ROUGE-1.5.5 counts them with <c>-m -s</c>: lower-cased, every character but a-z, 0-9 and the hyphen a
/// space, a hyphen a word of its own, stopwords dropped, then words longer than three letters Porter-stemmed.
/// </summary>
public sealed class RougeTokenizer(IReadOnlySet<string> stopwords)
{
    /// <summary>The stopword list, one word a line (the SMART list ROUGE ships as <c>smart_common_words.txt</c>).</summary>
    public static RougeTokenizer FromStopwordList(string text) =>
        new(text.Split('\n').Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal));

    public List<string> Tokens(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == '-') sb.Append(" - ");
            else sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : ' ');
        }

        return [.. sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !stopwords.Contains(w))
            .Select(w => w.Length > 3 ? PorterStemmer.Stem(w) : w)];
    }

    /// <summary>The words of a summary: its sentences read one after another, as ROUGE joins a summary's lines.</summary>
    public List<string> Tokens(IEnumerable<string> sentences) => [.. sentences.SelectMany(Tokens)];
}
