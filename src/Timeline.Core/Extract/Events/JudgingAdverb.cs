namespace Timeline.Extract.Events;

/// <summary>
/// "Vell said it had been unfairly targeted", "the firm had adequately prepared", "Holm allegedly sold the ferry": an adverb in
/// the verb group, or right after the verb, that judges whether the act was fit or fair, or hedges whether it was done at all,
/// makes the clause a verdict or a rumour, not a happening told as fact. A headline leaves adverbs out, so it
/// would state as settled something else than the text says ("Vell has been targeted"), or a forecast as a plan ("Aarhus will
/// inevitably be flooded"); such a clause is not told. Pure.
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
    };

    /// <summary>
    /// Whether a word of <paramref name="words"/> from the verb group's first word <paramref name="groupStart"/> through the word
    /// after its verb <paramref name="verb"/> judges or hedges the act.
    /// </summary>
    public static bool Marks(IReadOnlyList<string> words, int groupStart, int verb)
    {
        for (var k = Math.Max(0, groupStart); k <= verb + 1 && k < words.Count; k++)
        {
            if (Judging.Contains(words[k])) return true;
        }

        return false;
    }
}
