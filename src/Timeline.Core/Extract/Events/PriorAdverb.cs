namespace Timeline.Extract.Events;

/// <summary>
/// "Feinberg previously oversaw the fund for the victims of the September 11 attacks", "Holm has formerly worked for Maersk",
/// "Previously, she ran the agency": "previously" or "formerly" on the verb tells what was done before the story, the record of
/// whoever the news is about. With no time of its own it is background, not a happening the timeline could place among the news;
/// a time of its own ("was previously arrested in 2005") dates it, and the check is not made. On a noun, the adverb tells which
/// thing ("a previously unknown group claimed the attack", "the previously declared dividend"): only the words of the verb group,
/// the word right before it, and the clause's first word set off by its comma count. Pure.
/// </summary>
public static class PriorAdverb
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "previously", "formerly" };

    /// <summary>
    /// Whether the clause that opens at <paramref name="clauseStart"/> and whose verb group runs from <paramref name="groupStart"/> to
    /// <paramref name="verb"/> puts its verb before the story.
    /// </summary>
    public static bool Marks(IReadOnlyList<string> words, int clauseStart, int groupStart, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        // "Previously, she ran the agency"; "Previously unreleased songs leaked" tells which songs.
        if (clauseStart >= 0 && clauseStart + 1 < words.Count && Adverbs.Contains(words[clauseStart]) && words[clauseStart + 1] == ",") return true;
        for (var k = Math.Max(0, groupStart - 1); k < Math.Min(verb, words.Count); k++)
        {
            if (Adverbs.Contains(words[k])) return true;
        }

        return false;
    }
}
