namespace Timeline.Extract.Events;

/// <summary>
/// "Vell said it had been unfairly targeted", "the firm had adequately prepared", "Holm allegedly sold the ferry": an adverb in
/// the verb group, or right after the verb, that judges whether the act was done fitly, imputes intent, or hedges whether it
/// was done at all makes the clause a verdict or a rumour, not a happening told as fact. A headline leaves adverbs out, so it
/// would state as settled something else than the text says ("Vell has been targeted"), or a forecast as a plan ("Aarhus will
/// inevitably be flooded"); such a clause is not told. Pure.
/// </summary>
public static class JudgingAdverb
{
    private static readonly HashSet<string> Judging = new(StringComparer.OrdinalIgnoreCase)
    {
        // How fitly: a verdict on the act.
        "adequately", "inadequately", "sufficiently", "insufficiently", "fairly", "unfairly", "justly", "unjustly", "rightly", "wrongly",
        "wrongfully", "rightfully", "properly", "improperly", "appropriately", "inappropriately", "correctly", "incorrectly", "lawfully",
        "unlawfully", "illegally", "illegitimately", "legitimately", "negligently", "recklessly", "carelessly", "irresponsibly", "responsibly",
        "unnecessarily", "needlessly", "unduly", "unreasonably", "reasonably", "falsely", "poorly", "badly", "disproportionately",
        // With what intent: an imputation.
        "deliberately", "knowingly", "intentionally", "wilfully", "willfully", "unwittingly", "secretly",
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
