namespace Timeline.Extract.Events;

/// <summary>
/// "Vell said it had been unfairly targeted", "the firm had adequately prepared", "Holm allegedly sold the ferry": an adverb in
/// the verb group, or right after the verb, that judges whether the act was fit or fair, or hedges whether it was done at all,
/// makes the clause a verdict or a rumour, not a happening told as fact. A headline leaves adverbs out, so it
/// would state as settled something else than the text says ("Vell has been targeted"), or a forecast as a plan ("Aarhus will
/// inevitably be flooded"); such a clause is not told. So is a progressive played down ("is only protecting its data"). Pure.
/// </summary>
public static class JudgingAdverb
{
    private static readonly HashSet<string> Judging = new(StringComparer.OrdinalIgnoreCase)
    {
        // Whether the act was fit or fair: a verdict, which the title would drop and so state the bare act as settled ("had
        // adequately prepared" is a claim of fitness, not news that it prepared). How an act was done ("illegally dumped",
        // "secretly sold", "badly damaged") or a verdict on one that happened ("wrongly convicted") is told with the happening and stays.
        "adequately", "inadequately", "sufficiently", "insufficiently", "fairly", "unfairly", "properly", "appropriately", "inappropriately",
        "correctly", "responsibly", "wisely", "unwisely", "prudently",
        // Whether at all: a hedge.
        "allegedly", "reportedly", "apparently", "supposedly", "purportedly", "seemingly", "possibly", "probably", "perhaps",
        // How sure a forecast is: "will inevitably be hit" foresees, it plans nothing.
        "inevitably", "undoubtedly", "surely", "likely",
        // How sure the writer is of a deed: "He certainly cleaned up the civil service" vouches for a verdict, it tells no news.
        "certainly", "definitely",
    };

    /// <summary>
    /// Whether a word of <paramref name="words"/> from the verb group's first word <paramref name="groupStart"/> through the word
    /// after its verb <paramref name="verb"/> judges or hedges the act.
    /// </summary>
    public static bool Marks(IReadOnlyList<string> words, int groupStart, int verb)
    {
        // "the president reportedly snapped", "Holm allegedly sold the ferry": with no auxiliary the adverb stands right before the verb.
        if (groupStart == verb && groupStart > 0 && Judging.Contains(words[groupStart - 1])) return true;
        for (var k = Math.Max(0, groupStart); k <= verb + 1 && k < words.Count; k++)
        {
            if (Judging.Contains(words[k])) return true;
            if (k < verb && Minimising.Contains(words[k]) && IsProgressive(words, groupStart, verb)) return true;
        }

        return false;
    }

    // "BP says it is only protecting confidential information", "we are merely addressing a false perception": a progressive that
    // "only", "merely" or "simply" plays down is a defence or a verdict on what is being done, not news of it. With a simple tense
    // "only" tells when ("only stopped the leak in July"), and "just" how recently ("was just finishing"): those stay.
    private static readonly HashSet<string> Minimising = new(StringComparer.OrdinalIgnoreCase) { "only", "merely", "simply" };

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "'s", "’s", "'re", "’re", "am", "'m", "’m", "be", "been" };

    private static bool IsProgressive(IReadOnlyList<string> words, int groupStart, int verb) =>
        words[verb].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Enumerable.Range(Math.Max(0, groupStart), verb - Math.Max(0, groupStart)).Any(k => BeForms.Contains(words[k]));
}
