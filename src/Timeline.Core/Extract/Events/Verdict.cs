namespace Timeline.Extract.Events;

/// <summary>
/// "A jury found Holm guilty of fraud", "Holm was found not guilty", "the firm was found liable for the spill": "find" with a
/// verdict after its object is a court's decision, a happening of its own, though "find" alone ("found a buyer", "found that
/// the leak had stopped") tells nothing the lexicon could type. A verb inside the charge ("guilty of killing") is what the
/// verdict is about, not the happening. Pure.
/// </summary>
public static class Verdict
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "find", "finds", "found" };

    private static readonly HashSet<string> Verdicts = new(StringComparer.OrdinalIgnoreCase) { "guilty", "liable", "innocent" };

    // The object between "found" and its verdict: a name with an apposition ("Holm, the founder of the collapsed exchange Vell,")
    // runs to a dozen words or more.
    private const int MaxObjectWords = 16;

    /// <summary>
    /// Whether the verb at <paramref name="k"/> is "find" with a verdict after it: "guilty", "not guilty", "liable", "innocent",
    /// right after it (the passive: "was found guilty") or after its object, before any other finite verb or clause.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (!Forms.Contains(words[k]) || !tags[k].StartsWith("VB", StringComparison.Ordinal)) return false;
        for (var j = k + 1; j < words.Count && j <= k + MaxObjectWords; j++)
        {
            if (Verdicts.Contains(words[j])) return true;
            // "found that the leak had stopped", "found the firm had lied": a clause of its own is a finding, not a verdict.
            if (tags[j] is "VBD" or "VBZ" or "VBP" or "MD" || words[j] is ";" or ":" || ClauseOpeners.AlwaysOpens(words[j])) return false;
        }

        return false;
    }

    /// <summary>
    /// "found Sam Holm, the founder of Vell, guilty of fraud": when the comma at <paramref name="comma"/> opens an apposition that the
    /// next comma closes right before the verdict, that closing comma's index; else -1.
    /// </summary>
    public static int ApposedVerdict(IReadOnlyList<string> words, int comma)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var j = comma + 1; j < words.Count && j <= comma + MaxObjectWords; j++)
        {
            if (words[j] is ";" or ":" or "(" or ")") return -1;
            if (words[j] != ",") continue;
            var next = j + 1 < words.Count && words[j + 1].Equals("not", StringComparison.OrdinalIgnoreCase) ? j + 2 : j + 1;
            return j > comma + 1 && next < words.Count && Verdicts.Contains(words[next]) ? j : -1;
        }

        return -1;
    }

    /// <summary>The first verb of a verdict from <paramref name="from"/> up to <paramref name="end"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> words, IReadOnlyList<string> tags, bool[] passOver, int from, int end)
    {
        ArgumentNullException.ThrowIfNull(passOver);
        for (var k = Math.Max(0, from); k < end && k < words.Count; k++)
        {
            if (!passOver[k] && Holds(words, tags, k)) return k;
        }

        return -1;
    }
}
