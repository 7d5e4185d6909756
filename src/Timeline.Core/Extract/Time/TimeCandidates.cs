namespace Timeline.Extract.Time;

/// <summary>
/// A cheap scan for the parts of a sentence that can hold a time expression, so the recogniser, whose cost grows
/// faster than its input, reads only those. Every time expression of English holds a digit or one of a closed set of
/// words: month and weekday names, units of time, deictic words ("today", "ago", "recently"), parts of the day,
/// seasons and holidays. Each such word is read with a few words either side, which holds the modifiers the
/// recogniser uses ("the last two weeks of", "early next year", "between 1990 and 1995"); windows that meet merge.
/// </summary>
public static class TimeCandidates
{
    /// <summary>Words read either side of a time word.</summary>
    internal const int Context = 4;

    /// <summary>The windows of <paramref name="text"/> to give the recogniser, in order, not overlapping.</summary>
    public static List<(int From, int Length)> Windows(string text)
    {
        var windows = new List<(int From, int Length)>();
        int from = -1, to = -1;
        foreach (var (index, length) in TimeWords.Matches(text))
        {
            var start = WordsBack(text, index, Context);
            var end = WordsAhead(text, index + length, Context);
            if (from >= 0 && start <= to)
            {
                to = Math.Max(to, end);
                continue;
            }

            if (from >= 0) windows.Add((from, to - from));
            (from, to) = (start, end);
        }

        if (from >= 0) windows.Add((from, to - from));
        return windows;
    }

    private static int WordsBack(string text, int at, int words)
    {
        var i = at;
        for (var n = 0; n < words && i > 0; n++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }

        return i;
    }

    private static int WordsAhead(string text, int at, int words)
    {
        var i = at;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++; // the rest of the time word itself ("1990s,")
        for (var n = 0; n < words && i < text.Length; n++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }

        return i;
    }
}
