namespace Timeline.Extract.Events;

/// <summary>
/// "At times, the agency gave advance approval", "The firm often ignored the warnings", "He routinely approved requests": an
/// adverb of frequency before the verb tells a habit or a practice over a stretch of time, not one happening on a day the
/// timeline could show. "Repeatedly" is not one: "repeatedly defended his record" may tell one news conference. Only the words
/// from the clause's start to its verb count: "as often happens" later in the sentence says nothing of the verb. Pure.
/// </summary>
public static class HabitualAdverb
{
    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="verb"/> hold an adverb of frequency.</summary>
    public static bool Marks(IReadOnlyList<string> words, int from, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = Math.Max(0, from); k < Math.Min(verb, words.Count); k++)
        {
            var w = words[k].ToLowerInvariant();
            if (Single.Contains(w)) return true;
            var next = k + 1 < words.Count ? words[k + 1].ToLowerInvariant() : "";
            var third = k + 2 < words.Count ? words[k + 2].ToLowerInvariant() : "";
            // "at times", "on occasion", "from time to time", "time and again", "time after time".
            if ((w, next) is ("at", "times") or ("on", "occasion") or ("on", "occasions")) return true;
            if ((w, next, third) is ("from", "time", "to") or ("time", "and", "again") or ("time", "after", "time")) return true;
        }

        return false;
    }

    private static readonly HashSet<string> Single = new(StringComparer.Ordinal)
    {
        "often", "sometimes", "frequently", "regularly", "routinely", "occasionally", "usually", "habitually", "generally", "typically",
        "periodically", "seldom", "rarely", "invariably",
    };
}
