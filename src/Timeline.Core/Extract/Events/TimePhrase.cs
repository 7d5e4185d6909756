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
}
