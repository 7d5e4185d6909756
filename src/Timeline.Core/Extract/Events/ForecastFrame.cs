namespace Timeline.Extract.Events;

/// <summary>
/// "Ida Berg said it is increasingly likely that Maersk will cut its dividend", "said it was possible the talks would
/// collapse": a step to come that the speaker only rates as likely or possible is a forecast, not a plan anyone announced.
/// The rating stands between the reporting verb and the reported clause; the step is not told. A warning of what could or
/// might happen ("BP has warned the disaster could cost it $40bn") is a forecast too, and the warning with it. So is how others
/// will feel about or judge someone ("Holm will be missed", "he would be judged by the firm's response"): no one plans it. Pure.
/// </summary>
public static class ForecastFrame
{
    private static readonly HashSet<string> Ratings = new(StringComparer.OrdinalIgnoreCase)
    {
        "likely", "unlikely", "probable", "improbable", "possible", "inevitable", "doubtful", "conceivable",
    };

    /// <summary>Whether a word between the reporting verb at <paramref name="reportingVerb"/> and the reported clause's first word
    /// at <paramref name="complementStart"/> rates what follows as likely or possible.</summary>
    public static bool Holds(IReadOnlyList<string> words, int reportingVerb, int complementStart)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = reportingVerb + 1; k < complementStart && k < words.Count; k++)
        {
            if (Ratings.Contains(words[k])) return true;
        }

        return false;
    }

    // Verbs of how people feel about or judge someone: in the future passive they foresee a reaction, which no one plans.
    private static readonly HashSet<string> AttitudeVerbs = new(StringComparer.Ordinal)
    {
        "miss", "remember", "judge", "blame", "praise", "criticise", "criticize", "condemn", "mourn", "admire", "welcome", "forgive",
    };

    /// <summary>Whether the planned passive verb group's verb at <paramref name="verb"/> is one of attitude: "will be missed".</summary>
    public static bool ForeseesAttitude(IReadOnlyList<string> words, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        return verb >= 0 && verb < words.Count && VerbLemma.Candidates(words[verb].ToLowerInvariant()).Any(AttitudeVerbs.Contains);
    }

    private static readonly HashSet<string> WarningVerbs = new(StringComparer.Ordinal) { "warn", "caution" };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "as", "since", "if", "unless", "when", "while", "whilst", "although", "though", "after", "before", "until",
    };

    // How many words after the verb the warned possibility's modal may stand: an object, "that", a subject.
    private const int ModalReach = 10;

    /// <summary>
    /// Whether the warning verb at <paramref name="verb"/> warns of what could, might or may happen: "has warned the disaster could
    /// cost it $40bn", "officials warned that discontent might threaten stability". Neither the warning nor the possibility is a
    /// happening a timeline can show. "warned that it would cut 500 jobs" tells a step the speaker means to take, "warned staff to
    /// leave" an order, "warned against complacency because viruses could change" what it warns against; none of these is read.
    /// </summary>
    public static bool WarnsOfPossibility(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (verb < 0 || verb >= words.Count || !VerbLemma.Candidates(words[verb]).Any(WarningVerbs.Contains)) return false;
        for (var k = verb + 1; k < Math.Min(end, words.Count) && k <= verb + ModalReach; k++)
        {
            if (words[k] is "," or ";" or ":" or "." || words[k].Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
            // "warned against complacency", "cautioned about the idea that ...": a preposition right after the verb brings in what
            // was warned against; "because flu viruses could change" gives a reason of the warning, not its content.
            if ((k == verb + 1 && tags[k] == "IN" && !words[k].Equals("that", StringComparison.OrdinalIgnoreCase)) || Subordinators.Contains(words[k])) return false;
            if (tags[k] == "MD") return words[k].ToLowerInvariant() is "could" or "might" or "may";
            // Another verb before any modal ("warned that prices rose"): what was warned of is told, not rated.
            if (tags[k] is "VBD" or "VBZ" or "VBP") return false;
        }

        return false;
    }
}
