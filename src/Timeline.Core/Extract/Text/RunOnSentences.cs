using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>
/// Where a scraped page runs a headline, a caption or a fact box into the text with no full stop: a subject pronoun written
/// with a capital in the middle of a sentence, then a finite verb ("... chose not to testify in his own defense There was no
/// sign of Dr Murray on Friday", "... similar to seasonal flu It is a new version"). English capitalises "It", "There", "He"
/// there only when a new sentence starts, so the text is cut before it. Pure.
/// </summary>
public static partial class RunOnSentences
{
    /// <summary>The offsets in <paramref name="paragraph"/> where a run-on sentence starts.</summary>
    public static IEnumerable<int> Find(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        foreach (Match m in RunOnRegex().Matches(paragraph)) yield return m.Groups["start"].Index;
    }

    // A lowercase word, a digit or a closing bracket, one space, then the pronoun and a finite verb or auxiliary.
    [GeneratedRegex(@"[a-z0-9)] (?<start>(?:It|There|He|She|They|We) (?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|did|does|do))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RunOnRegex();
}
