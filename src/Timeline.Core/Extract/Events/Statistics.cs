namespace Timeline.Extract.Events;

/// <summary>
/// A statistic is not a happening: a quantity that rose, fell or reached a figure ("sales fell 5%", "the toll
/// rose to 300", "exports totalled $2bn"). Read from a change-of-quantity verb with a number after it. Pure.
/// </summary>
public static class Statistics
{
    private static readonly HashSet<string> QuantityVerbs = new(StringComparer.Ordinal)
    {
        "rise", "fall", "increase", "decrease", "drop", "decline", "climb", "jump", "surge", "plunge", "slump", "soar", "grow", "shrink",
        "double", "triple", "halve", "total", "reach", "top", "exceed", "gain", "lose", "slip", "tumble", "rebound", "rally", "hit", "average",
    };

    public static bool IsStatistic(IReadOnlyList<string> words, IReadOnlyList<string> tags, string lemma, int verb, int end)
    {
        if (!QuantityVerbs.Contains(lemma)) return false;
        for (var k = verb + 1; k < end && k < words.Count; k++)
        {
            if (tags[k] == "CD" || words[k] is "%" or "percent" or "per" || words[k].Any(char.IsDigit)) return true;
        }

        return false;
    }
}
