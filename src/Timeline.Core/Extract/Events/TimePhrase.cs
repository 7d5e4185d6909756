namespace Timeline.Extract.Events;

/// <summary>
/// A time set inside a clause, as wire copy writes it between a subject and its verb or inside the verb group: "Microsoft on
/// Friday signed", "will next week unveil", "has this week unveiled". The prepositions that open such a time. Pure.
/// </summary>
internal static class TimePhrase
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "during", "over" };

    /// <summary>Whether <paramref name="word"/> is a preposition that opens a time ("on Friday", "in March", "at noon").</summary>
    public static bool Opens(string word) => Prepositions.Contains(word);

    /// <summary>
    /// The first of the tokens [<paramref name="from"/>, <paramref name="end"/>) past the time phrase that opens them ("Yesterday",
    /// "on Monday", "in March"); <paramref name="from"/> when none does.
    /// </summary>
    public static int Skip(int from, int end, Func<int, string> word, Func<int, bool> inTime)
    {
        var k = from;
        while (k < end && (inTime(k) || (Opens(word(k)) && k + 1 < end && inTime(k + 1)))) k++;
        return k;
    }
}
