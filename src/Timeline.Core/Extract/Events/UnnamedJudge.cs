namespace Timeline.Extract.Events;

/// <summary>
/// "BP was criticised for not sharing its data", "The agency has been accused of helping the firm": a judgement in the passive
/// that names no one who made it ("by" and its doer) and gives no time of its own is a standing reproach the text reminds the
/// reader of, not a happening one can place or follow: who criticised, and when, is the news, and the text does not tell it.
/// "was criticised by the union on Monday" names both and stays. Only verbs of blame, whose doer is a speaker: "was charged" or
/// "was sued" is the act of a court or a plaintiff the reader can take for granted. Pure.
/// </summary>
public static class UnnamedJudge
{
    private static readonly HashSet<string> Judging = new(StringComparer.Ordinal) { "accuse", "criticise", "criticize", "condemn", "blame" };

    /// <summary>
    /// Whether the passive verb at <paramref name="verb"/>, of lemma <paramref name="lemma"/>, is a judgement with no "by"
    /// phrase after it in its clause (<paramref name="words"/>, <paramref name="tags"/>, up to <paramref name="end"/>): "by"
    /// followed by a gerund ("blamed by failing") is a means, not a doer.
    /// </summary>
    public static bool Holds(string lemma, IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (!Judging.Contains(lemma)) return false;
        for (var k = verb + 1; k < Math.Min(end, words.Count); k++)
        {
            if (words[k].Equals("by", StringComparison.OrdinalIgnoreCase) && !(k + 1 < tags.Count && tags[k + 1] == "VBG")) return false;
        }

        return true;
    }
}
