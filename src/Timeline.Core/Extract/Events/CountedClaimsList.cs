using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// "The panel's report makes five findings: • Maersk cut corners on the hull • ...", "The three charges the council brings
/// are: • ...": a bulleted item of a list that the text has counted as findings, accusations or charges is one of them, told
/// without the words that say whose they are. Its clause is someone's finding or claim, not a happening the writer tells as
/// fact; it is not told. Pure.
/// </summary>
public static partial class CountedClaimsList
{
    // How many sentences before a bulleted item the count of the list may stand: the items may have quotations between them.
    private const int MaxSentencesBack = 24;

    /// <summary>
    /// Whether <paramref name="sentence"/> opens, in <paramref name="body"/>, with a bullet (a "•" or the word "cents" a page's
    /// encoding made of one) and one of the <paramref name="sentences"/> shortly before it counts findings or accusations.
    /// </summary>
    public static bool Holds(string body, IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(sentence);
        var before = body[..Math.Min(sentence.Start, body.Length)].TrimEnd();
        if (!before.EndsWith('•') && !(before.EndsWith("cents", StringComparison.Ordinal) && BulletWordRegex().IsMatch(before[^Math.Min(before.Length, 16)..]))) return false;
        var earlier = sentences.Where(s => s.Start < sentence.Start).TakeLast(MaxSentencesBack);
        return earlier.Any(s => CountedRegex().IsMatch(s.Text) || IntroducedRegex().IsMatch(s.Text));
    }

    // The word "cents" standing alone as the last word before the item (after a stop, a colon or a paragraph break).
    [GeneratedRegex(@"(?:^|[.:;!?""”]\s*|\n\s*)cents$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletWordRegex();

    // "produced 13 findings", "five accusations", "a series of allegations".
    [GeneratedRegex(@"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|a series of|a number of|a list of)\s+(?:[a-z-]+\s+)?(?:findings|accusations|allegations|charges|conclusions|criticisms|failings)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedRegex();

    // "The accusations levelled at Maersk are:", "Its findings include:".
    [GeneratedRegex(@"\b(?:findings|accusations|allegations|charges|conclusions|criticisms)\b[^.]*\b(?:are|were|include|included)\s*:",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedRegex();
}
