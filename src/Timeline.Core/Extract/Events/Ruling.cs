namespace Timeline.Extract.Events;

/// <summary>
/// "The court ruled that the ban was unlawful", "a judge ruled against BP", "the tribunal ruled in favour of the union": "rule"
/// with what is decided after it is a decision, a happening of its own, where the lexicon reads the verb as a state ("ruled the
/// country for 30 years" governs). What the ruling decides is its content, as a "that" clause is what a verb of saying says; a
/// verb inside it is not the clause's happening. "Ruled out a tax rise" dismisses, and says nothing decided. Pure.
/// </summary>
public static class Ruling
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "rule", "rules", "ruled", "ruling" };

    /// <summary>
    /// Whether the verb at <paramref name="k"/> is "rule" followed, past adverbs and times (<paramref name="inTime"/>), by what is
    /// decided: "that", "against", "in favour of", or "on" a matter.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k, Func<int, bool> inTime)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(inTime);
        if (!Forms.Contains(words[k])) return false;
        // "is ruling on", "a ruling that": only a verb decides; the -ing form is one after "be", whatever the tagger says, and a noun
        // elsewhere.
        if (words[k].Equals("ruling", StringComparison.OrdinalIgnoreCase) ? !(k > 0 && VerbGroupReader.IsBe(words[k - 1])) : !tags[k].StartsWith("VB", StringComparison.Ordinal)) return false;
        var j = TimePhrase.Skip(k + 1, words.Count, i => words[i], inTime);
        while (j < words.Count && tags[j].StartsWith("RB", StringComparison.Ordinal) && !words[j].Equals("out", StringComparison.OrdinalIgnoreCase)) j = TimePhrase.Skip(j + 1, words.Count, i => words[i], inTime);
        if (j >= words.Count) return false;
        var next = words[j].ToLowerInvariant();
        if (next is "that" or "against") return true;
        if (next == "in") return j + 2 < words.Count && words[j + 1].ToLowerInvariant() is "favour" or "favor" && words[j + 2].Equals("of", StringComparison.OrdinalIgnoreCase);
        // "ruled on the merger": the matter ruled on; "ruled on Monday" is a time, skipped above.
        return next == "on" && j + 1 < words.Count && !inTime(j + 1);
    }

    /// <summary>The first verb of ruling with what it decides from <paramref name="from"/> up to <paramref name="end"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> words, IReadOnlyList<string> tags, bool[] passOver, int from, int end, Func<int, bool> inTime)
    {
        ArgumentNullException.ThrowIfNull(passOver);
        for (var k = Math.Max(0, from); k < end && k < words.Count; k++)
        {
            if (!passOver[k] && Holds(words, tags, k, inTime)) return k;
        }

        return -1;
    }
}
