namespace Timeline.Extract.Events;

/// <summary>
/// A statistic is not a happening: a quantity that rose, fell or reached a figure ("sales fell 5%", "the toll
/// rose to 300", "exports totalled $2bn"). Read from a change-of-quantity verb with a number after it. Pure.
/// </summary>
public static partial class Statistics
{
    private static readonly HashSet<string> QuantityVerbs = new(StringComparer.Ordinal)
    {
        "rise", "fall", "increase", "decrease", "drop", "decline", "climb", "jump", "surge", "plunge", "slump", "soar", "grow", "shrink",
        "double", "triple", "halve", "total", "reach", "top", "exceed", "gain", "lose", "slip", "tumble", "rebound", "rally", "hit", "average",
        "shed", "add", "slide", "sink", "dip", "edge", "ease", "advance", "retreat", "recover", "close", "finish", "trade", "stand", "post", "record",
    };

    // A running toll: "has killed 65 people", "have infected 1,000".
    private static readonly HashSet<string> TollVerbs = new(StringComparer.Ordinal) { "kill", "infect", "sicken", "affect", "hospitalize", "hospitalise", "claim" };

    // Verbs of a flow of money or matter: with an amount per unit of time ("spends $6m a day", "collects 15,000 barrels a
    // day") they give a rate, a figure of the situation, not one happening.
    private static readonly HashSet<string> FlowVerbs = new(StringComparer.Ordinal)
    {
        "spend", "pay", "cost", "lose", "earn", "make", "pump", "collect", "capture", "siphon", "leak", "spill", "gush", "flow",
        "produce", "burn", "use", "sell", "process", "handle", "receive", "recover", "skim", "consume", "ship", "export", "import",
    };

    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "heavily", "severely", "badly", "seriously", "directly", "acutely", "deeply", "strongly", "widely", "greatly", "hard",
    };

    private static bool Ranked(IReadOnlyList<string> words, int verb)
    {
        var before = verb > 0 ? words[verb - 1].ToLowerInvariant() : "";
        if (before is "hardest" or "worst" or "heaviest" or "least" or "most" && verb > 1 && words[verb - 2].ToLowerInvariant() is not "the") return true;
        // "most heavily hit", "most severely affected"; "most recently announced", "most notably cut" tell a time or a stress.
        return verb > 1 && words[verb - 2].ToLowerInvariant() is "most" or "least" && Degree.Contains(before);
    }

    public static bool IsStatistic(IReadOnlyList<string> words, IReadOnlyList<string> tags, string lemma, int verb, int end)
    {
        // "has been most heavily touched by the outbreak", "was the hardest hit", "worst affected": a ranking of places or
        // people compares states; it tells no one happening.
        if (Ranked(words, verb)) return true;
        // "hit its highest level since October", "a record high", "a four-year low": a market statistic.
        var rest = string.Join(' ', words.Skip(verb + 1).Take(Math.Max(0, Math.Min(end, words.Count) - verb - 1))).ToLowerInvariant();
        if (RecordRegex().IsMatch(rest)) return true;
        if (RateRegex().IsMatch(rest) && VerbLemma.Candidates(lemma).Any(FlowVerbs.Contains)) return true;
        var perfect = verb > 0 && words.Take(verb).Reverse().Take(3).Any(w => w.ToLowerInvariant() is "has" or "have");
        // A running toll ("has killed 65 people") or a running total ("has spent almost $1bn so far", "have paid out more
        // than $100m"): the present perfect with a number reports a count that keeps growing, not one happening.
        // "So far, BP has spent $2bn": the marker of a total may open the clause.
        var opening = string.Join(' ', words.Take(verb)).ToLowerInvariant();
        if (perfect && (TollVerbs.Contains(VerbLemma.Of(lemma)) || TollVerbs.Contains(lemma) || RunningTotalRegex().IsMatch(rest) || SoFarRegex().IsMatch(opening))
            && HasNumber(words, tags, verb, end)) return true;
        // "has spent thousands trying to clean up", "have lost millions": an amount given only as its order of magnitude
        // sums up what went on over time.
        if (perfect && VerbLemma.Candidates(lemma).Any(FlowVerbs.Contains) && VagueAmountRegex().IsMatch(rest)) return true;
        if (!QuantityVerbs.Contains(lemma) && !QuantityVerbs.Contains(VerbLemma.Of(lemma))) return false;
        return HasNumber(words, tags, verb, end);
    }

    private static bool HasNumber(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, int end)
    {
        for (var k = verb + 1; k < end && k < words.Count; k++)
        {
            if (tags[k] == "CD" || words[k] is "%" or "percent" or "per" || words[k].Any(char.IsDigit)) return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:highest|lowest|record|strongest|weakest|best|worst)\s+(?:\w+\s+)?(?:level|high|low|close|levels)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week|day)[- ](?:high|low)s?\b")]
    private static partial System.Text.RegularExpressions.Regex RecordRegex();

    // An amount per unit of time: "$6m a day", "tens of millions of dollars a day", "15,000 barrels per day".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\d|\b(?:tens|hundreds|thousands|millions|billions|dozens)\s+of\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b)[^.;]{0,40}?\b(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute)\b")]
    private static partial System.Text.RegularExpressions.Regex RateRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:so far|to date|thus far)\b")]
    private static partial System.Text.RegularExpressions.Regex SoFarRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:out|up|back|away)\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|millions|billions|hundreds|a\s+fortune)\b")]
    private static partial System.Text.RegularExpressions.Regex VagueAmountRegex();

    // A rounded amount ("more than $128m", "almost 1,000", "over 600,000 gallons") or a total so far; "over the next
    // three years" is a span, not an amount.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:more than|almost|nearly|over|at least|upwards of)\s+(?:(?:[$£€#]\s*)?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands|millions)\b)|\b(?:so far|to date|in total|thus far)\b")]
    private static partial System.Text.RegularExpressions.Regex RunningTotalRegex();
}
