using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Whether an article is itself a chronology: "Here is a chronology of events since the spill", "Follow our step-by-step
/// timeline", "Below is a timeline of the crisis". Its entries tell each happening at the time of its entry, often in the
/// present ("The firm plans to cap the well", "He will step down"), so a plan in it is a plan of that entry's day, which the
/// text may not give, and not news to come after the article. Only the article's opening sentences can say what the whole
/// article is, and only words that point at the article itself do ("a timeline of its actions" a firm issued is another
/// document). Pure.
/// </summary>
internal static partial class ChronologyArticle
{
    /// <summary>How many opening sentences may say that the article is a chronology.</summary>
    public const int OpeningSentences = 5;

    /// <summary>True when one of the opening <paramref name="sentences"/> presents the article as a timeline or chronology.</summary>
    public static bool Is(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Take(OpeningSentences).Any(s => SelfReferenceRegex().IsMatch(s.Text));
    }

    // "Here is a chronology", "Below is a timeline", "This timeline tracks", "Follow our step-by-step timeline": a word that
    // points at the text at hand, then at most three words, then the noun.
    [GeneratedRegex(@"\b(?:here\s+is|here's|below\s+is|following\s+is|this|our)\s+(?:[\w-]+\s+){0,3}?(?:timeline|chronology)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfReferenceRegex();
}
