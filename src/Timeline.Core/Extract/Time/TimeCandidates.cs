using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// A cheap scan for the parts of a sentence that can hold a time expression, so the recogniser, whose cost grows
/// faster than its input, reads only those. Every time expression of English holds a digit or one of a closed set of
/// words: month and weekday names, units of time, deictic words ("today", "ago", "recently"), parts of the day,
/// seasons and holidays. Each such word is read with a few words either side, which holds the modifiers the
/// recogniser uses ("the last two weeks of", "early next year", "between 1990 and 1995"); windows that meet merge.
/// </summary>
public static partial class TimeCandidates
{
    /// <summary>Words read either side of a time word.</summary>
    internal const int Context = 4;

    /// <summary>The windows of <paramref name="text"/> to give the recogniser, in order, not overlapping.</summary>
    public static List<(int From, int Length)> Windows(string text)
    {
        var windows = new List<(int From, int Length)>();
        int from = -1, to = -1;
        foreach (Match m in TimeWord().Matches(text))
        {
            var start = WordsBack(text, m.Index, Context);
            var end = WordsAhead(text, m.Index + m.Length, Context);
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

    // Numbers shaped like times (years and decades, clock times, ordinals, numeric dates, quarters: "1998", "the
    // 1990s", "'98", "10:30", "10 a.m.", "the 3rd", "3/4/2009", "Q3", "FY89") and the closed classes of time words.
    // A plain number is not one: "42 percent", "$3.5 billion"; next to a time word it is read with it ("3 weeks"). Month and weekday abbreviations count only capitalised ("Wed", "Sat", "May"), as they are common words
    // in lower case. Number words need a unit beside them ("two weeks"), except in spelled years ("nineteen ninety").
    [GeneratedRegex(
        @"\b(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?\b|['’]\d0s|['’]\d\d\b|\b\d{1,2}:\d\d\b|\b\d+\s?(?:a\.?m\b|p\.?m\b)|\b\d+(?:st|nd|rd|th)\b|" +
        @"\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b|\b(?:[1-4]Q|Q[1-4]|FY\d|H[12])|\b(?:" +
        @"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|" +
        @"january|february|march|april|june|july|august|september|october|november|december|" +
        @"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|" +
        @"years?|yr|yrs|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|century|centuries|millenni(?:um|a)|fortnights?|" +
        @"quarters?|semesters?|trimesters?|seasons?|spring|summer|autumn|fall|winter|springtime|summertime|wintertime|" +
        @"mornings?|afternoons?|evenings?|nights?|nighttime|daytime|noon|midnight|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall|lunchtime|overnight|tonight|" +
        @"today|tomorrow|yesterday|now|nowadays|currently|current|recently|recent|lately|latest|soon|shortly|ago|later|earlier|past|present|future|term|" +
        @"daily|everyday|weekly|monthly|yearly|annually|annual|hourly|nightly|biweekly|quarterly|fortnightly|moments?|period|o'clock|" +
        @"christmas|xmas|easter|thanksgiving|halloween|hanukkah|ramadan|eid|diwali|passover|valentines?|juneteenth|yuandan|" +
        @"nineteen|twenty|hundred|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties" +
        @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWord();
}
