namespace Timeline.Extract.Events;

/// <summary>
/// "If the test works, the firm will seal the well", "Unless talks resume, the union will strike", "He would sack him if he
/// worked for him": a step to come under a condition happens only if the condition does. Told alone ("the firm will seal the
/// well") the title would state as planned what the text makes contingent, and the condition ("if that works") seldom stands
/// alone in a title: the step is not told. A happening already under way ("If the dome fails, the firm has also begun a relief
/// well") is news whatever the condition, and "even if" concedes, it sets no condition. Pure.
/// </summary>
public static class ContingentPlan
{
    private static readonly HashSet<string> Opening = new(StringComparer.OrdinalIgnoreCase) { "if", "unless", "should" };

    // "knew within hours if it worked", "asked if anyone knew": after these "if" means "whether".
    private static readonly HashSet<string> Whether = new(StringComparer.OrdinalIgnoreCase)
    {
        "know", "knows", "knew", "known", "ask", "asks", "asked", "asking", "see", "saw", "wonder", "wondered", "decide", "decided", "check",
        "checked", "determine", "determined", "tell", "told", "say", "said", "unclear", "clear", "sure", "even", "as",
    };

    // Words that open another clause: a condition past them is that clause's.
    private static readonly HashSet<string> Boundary = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", ";", ":",
    };

    /// <summary>
    /// Whether the verb group from <paramref name="groupStart"/> to <paramref name="verb"/> stands under a condition: the words
    /// from <paramref name="from"/> (the sentence's or the reported clause's start) open with one closed by a comma ("If that
    /// works, the firm will ...", "said that if talks fail, the union would ..."), or one follows the verb before <paramref name="end"/>
    /// within its clause ("would fire him if he worked for him").
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, int from, int groupStart, int verb, int end)
    {
        return Fronted(words, from, groupStart) || Postposed(words, verb, Math.Min(end, words.Count));
    }

    private static bool Fronted(IReadOnlyList<string> words, int from, int groupStart)
    {
        var k = from;
        while (k < groupStart && words[k] is "\"" or "“" or "(" or "-" or "--") k++;
        if (k >= groupStart) return false;
        // "In that case, BP will soon be blaming an iceberg", "Otherwise, the union will strike": a condition the sentence before
        // told, taken up by a phrase set off by its comma.
        if (AnaphoricCondition(words, k, groupStart)) return true;
        if (!Opening.Contains(words[k])) return false;
        // "Should" opens a condition only with its subject and verb before a comma ("Should talks fail, ...").
        for (var c = k + 2; c < groupStart; c++)
        {
            if (words[c] is "," or "--") return true;
        }

        return false;
    }

    // Phrases that take up the condition the text just told: "in that case", "in which case", "otherwise", "failing that".
    private static readonly string[][] AnaphoricConditions =
    [
        ["in", "that", "case"], ["in", "which", "case"], ["otherwise"], ["failing", "that"], ["if", "that", "happens"], ["if", "that", "fails"],
    ];

    private static bool AnaphoricCondition(IReadOnlyList<string> words, int k, int groupStart) => AnaphoricConditions.Any(phrase =>
        k + phrase.Length < groupStart && words[k + phrase.Length] == ","
        && phrase.Select((w, i) => words[k + i].Equals(w, StringComparison.OrdinalIgnoreCase)).All(same => same));

    private static bool Postposed(IReadOnlyList<string> words, int verb, int end)
    {
        for (var k = verb + 1; k < end; k++)
        {
            if (Boundary.Contains(words[k])) return false;
            if (words[k] is "if" or "unless" && !Whether.Contains(words[k - 1]) && !(k + 1 < end && words[k + 1] is "any" or "so" or "not" or "ever"))
                return true;
        }

        return false;
    }
}
