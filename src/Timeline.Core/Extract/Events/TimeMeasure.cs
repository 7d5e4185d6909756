namespace Timeline.Extract.Events;

/// <summary>
/// A measure of time before "before" or "after" ("stepped down hours before the press conference", "blocked the data two
/// weeks after the explosion") places the happening against another one. A title cut at "before" or "after" must drop the
/// measure too, or it ends on "hours", "two weeks": words that say nothing without what they count from. Pure.
/// </summary>
public static class TimeMeasure
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "moment", "moments",
    };

    // What counts the unit: "two", "a few", "several", "just", "only" ("just days after").
    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "few", "several", "some", "many", "just", "only", "mere", "the", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "twelve", "24", "48",
    };

    /// <summary>Removes a trailing measure of time ("hours", "two weeks", "just days") from <paramref name="tail"/>.</summary>
    public static void DropTrailing(List<(string Word, string Tag, int End)> tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        if (tail.Count == 0 || !Units.Contains(tail[^1].Word)) return;
        tail.RemoveAt(tail.Count - 1);
        while (tail.Count > 0 && (tail[^1].Tag == "CD" || Counts.Contains(tail[^1].Word))) tail.RemoveAt(tail.Count - 1);
    }
}
