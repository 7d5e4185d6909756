using System.Collections.Frozen;
using System.Reflection;

namespace Timeline.Extract.Time.Shapes;

/// <summary>
/// The word lists of the fast engine: the names it reads (months, weekdays, units, small number words), and what it knows
/// of every other word: whether the recogniser's English patterns use it (then the engine leaves the window to the
/// recogniser, unless the word is one of the few it has checked).
/// </summary>
internal static class ShapeWords
{
    /// <summary>Month names and their newspaper abbreviations (read with or without the period).</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekdays in full, numbered as ISO does (Monday 1); the abbreviations ("Sun", "Sat", "Wed") are left to the recogniser.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts read before a unit and "ago" ("a year ago", "two weeks ago").</summary>
    public static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every word of the recogniser's English date-time and number patterns (the library's definitions, split into runs of
    /// letters; a test checks the list against the library), with the time words of the candidate scan and the cue words
    /// that only show in a pattern's fragments ("until" as "(un)?til", "everyday", "o'clock").
    /// </summary>
    public static readonly FrozenSet<string> Recognised = Load().Concat(
    [
        "until", "till", "til", "unto", "upto", "thru", "through", "before", "after", "since", "from", "between", "by", "around",
        "about", "approximately", "early", "earlier", "late", "later", "mid", "end", "beginning", "start", "prior", "ending",
        "starting", "within", "during", "throughout", "following", "previous", "preceding", "coming", "past", "next", "last",
        "this", "that", "these", "those", "same", "each", "every", "all", "any", "o'clock", "everyday", "daily", "weekly",
        "monthly", "yearly", "annually", "annual", "hourly", "nightly", "biweekly", "quarterly", "fortnightly", "weekdays",
        "weekends", "nowadays", "currently", "current", "recently", "recent", "lately", "latest", "soon", "shortly", "present",
        "future", "term", "moments", "moment", "period", "once",
    ]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of the patterns that never changed a reading beside the shapes here (articles, pronouns, common verbs).</summary>
    public static readonly FrozenSet<string> Plain = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "in", "a", "of", "on", "and", "for", "that", "at", "is", "with", "as", "be", "have", "an", "are", "but", "he",
        "she", "its", "i", "we", "they", "not", "or", "which", "us", "my", "you", "our", "also", "some", "like", "how", "to");

    /// <summary>
    /// Words of the patterns that modify a time expression only when they stand next to it ("after the April 20 blast",
    /// "from Monday", "by the 1918 pandemic"): two tokens or more away from every shape, they change nothing.
    /// </summary>
    public static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "from", "about", "up", "by", "take", "well", "all", "new", "u", "s", "after", "over", "white", "least", "first", "before",
        "than", "out", "dozens", "washington", "another", "no", "more", "during", "within", "time", "this", "last", "next");

    private static IEnumerable<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("recognizer-words.txt")
            ?? throw new InvalidOperationException("Missing embedded word list 'recognizer-words.txt'.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(1024);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line);
        }

        return words;
    }
}
