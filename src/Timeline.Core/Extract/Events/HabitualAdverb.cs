namespace Timeline.Extract.Events;

/// <summary>
/// "At times, the agency gave advance approval", "The firm often ignored the warnings", "He routinely approved requests": an
/// adverb of frequency before the verb tells a habit or a practice over a stretch of time, not one happening on a day the
/// timeline could show. "Repeatedly" is not one: "repeatedly defended his record" may tell one news conference. Only the words
/// from the clause's start to its verb count: "as often happens" later in the sentence says nothing of the verb. A count of times
/// after the verb ("has visited the plant eight times", "was questioned twice", "levied fines 154 times") tells the happening
/// repeated, on no one day; "three times as many", "twice the size", "20 times its estimate", "four times higher" measure, and do not,
/// nor does a count in a clause of its own after the verb's ("after a report showed ..."). "Every" or "each" with a unit of the
/// calendar ("won the race every year from 1999 to 2005", "Each week, the council fined Maersk") says the same: the happening
/// recurred, on no one day. Pure.
/// </summary>
public static class HabitualAdverb
{
    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="verb"/> hold an adverb of frequency.</summary>
    public static bool Marks(IReadOnlyList<string> words, int from, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = Math.Max(0, from); k < Math.Min(verb, words.Count); k++)
        {
            var w = words[k].ToLowerInvariant();
            if (Single.Contains(w)) return true;
            var next = k + 1 < words.Count ? words[k + 1].ToLowerInvariant() : "";
            var third = k + 2 < words.Count ? words[k + 2].ToLowerInvariant() : "";
            // "at times", "on occasion", "from time to time", "time and again", "time after time".
            if ((w, next) is ("at", "times") or ("on", "occasion") or ("on", "occasions")) return true;
            if ((w, next, third) is ("from", "time", "to") or ("time", "and", "again") or ("time", "after", "time")) return true;
            if (Recurring(w, next)) return true;
        }

        return false;
    }

    /// <summary>Whether the words after <paramref name="verb"/>, to <paramref name="end"/>, count the times the verb's happening came about.</summary>
    public static bool Counts(IReadOnlyList<string> words, int verb, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        var last = Math.Min(end, words.Count);
        for (var k = verb + 1; k < last; k++)
        {
            var w = words[k].ToLowerInvariant();
            // "after a document showed the leak was 20 times its estimate": a count in a clause of its own is that clause's.
            if (ClauseOpeners.MayOpen(w) || w == ";") return false;
            // "ordered Maersk to pay a fee every week": a recurrence after an infinitive is the infinitive's, not the ordering's;
            // "won on Sunday, the first race of every year" is an appositive's.
            if (Recurring(w, k + 1 < last ? words[k + 1].ToLowerInvariant() : "")
                && !Enumerable.Range(verb + 1, k - verb - 1).Any(j => words[j] == "," || words[j].Equals("to", StringComparison.OrdinalIgnoreCase))) return true;
            var counted = w is "twice" or "thrice"
                || (w is "times" or "occasions" && k > verb + 1 && IsCount(words[k - 1].ToLowerInvariant(), k > verb + 2 ? words[k - 2].ToLowerInvariant() : ""));
            if (!counted) continue;
            var next = k + 1 < words.Count ? words[k + 1].ToLowerInvariant() : "";
            // "twice as many", "three times the size", "four times higher", "ten times more than": a measure, not a count.
            if (Measures.Contains(next) || (next.Length > 4 && next.EndsWith("er", StringComparison.Ordinal))) continue;
            return true;
        }

        return false;
    }

    // What follows "times" in a measure: "as many", "the size", "its estimate", "that of", "more than", "higher".
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "as", "the", "a", "an", "its", "their", "his", "her", "our", "that", "those", "this", "these", "than", "more", "less", "fewer", "what", "over",
    };

    // "eight", "154", "several", "many", "dozens of": a number of times, not "at times" or "these times".
    private static bool IsCount(string word, string before) =>
        Numbers.Contains(word) || (word.Length > 0 && word.All(char.IsDigit)) || (word == "of" && before is "dozens" or "hundreds" or "scores");

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "several", "many", "multiple", "numerous", "countless",
    };

    /// <summary>
    /// Whether the perfect verb group from <paramref name="groupStart"/> to <paramref name="verb"/> says the act was done again and again
    /// up to the time told: "Dr Murray has repeatedly denied causing the death", "BP has consistently said it will pay". The perfect
    /// spans the stretch, so the adverb counts its occasions, and no one of them is told; "repeatedly defended his record" in the simple
    /// past may tell one news conference, and stays.
    /// </summary>
    public static bool RepeatsUpToNow(IReadOnlyList<string> words, int groupStart, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        var group = Enumerable.Range(Math.Max(0, groupStart), Math.Max(0, Math.Min(verb, words.Count) - Math.Max(0, groupStart))).Select(k => words[k].ToLowerInvariant()).ToList();
        return group.Exists(w => w is "has" or "have" or "had" or "'s" or "’s" or "'ve" or "’ve") && group.Exists(Repeating.Contains);
    }

    // "every year", "each week", "every Sunday": a happening that recurs with the calendar.
    private static bool Recurring(string word, string next) => word is "every" or "each" && CalendarUnits.Contains(next);

    private static readonly HashSet<string> CalendarUnits = new(StringComparer.Ordinal)
    {
        "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "quarter", "year", "season", "summer", "winter",
        "spring", "autumn", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> Repeating = new(StringComparer.Ordinal) { "repeatedly", "consistently", "continually", "constantly", "always", "persistently" };

    private static readonly HashSet<string> Single = new(StringComparer.Ordinal)
    {
        "often", "sometimes", "frequently", "regularly", "routinely", "occasionally", "usually", "habitually", "generally", "typically",
        "periodically", "seldom", "rarely", "invariably",
    };
}
