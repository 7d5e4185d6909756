namespace Timeline.Extract.Events;

/// <summary>
/// Verbs that charge their subject with misconduct or misjudgement ("was lying about the disaster", "underestimated the
/// scale of the spill", "failed to check", "has played down the size"): news writes them as a critic's, a columnist's or
/// an inquiry's verdict, stated or reported, not as an act the subject was seen to do. Such a clause is a view or an
/// allegation, so it gives no event; the accusation itself ("Markey accused BP of lying") still does. Pure.
/// </summary>
public static class Misconduct
{
    private static readonly HashSet<string> ChargeVerbs = new(StringComparer.Ordinal)
    {
        "lie", "mislead", "deceive", "exaggerate", "overstate", "understate", "underestimate", "underplay", "downplay", "bungle",
        "botch", "mishandle", "mismanage", "neglect", "ignore", "whitewash", "stonewall", "misrepresent",
    };

    // "played down", "covered up": the charge is in the particle.
    private static readonly Dictionary<string, string> PhrasalCharges = new(StringComparer.Ordinal) { ["play"] = "down", ["cover"] = "up" };

    /// <summary>Whether the verb at <paramref name="verb"/> charges its subject rather than telling what it did.</summary>
    public static bool IsCharge(IReadOnlyList<string> words, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        var candidates = VerbLemma.Candidates(words[verb]).ToList();
        // "lying", "lied", "lies": the stemmer gives "ly" and "li", not "lie"; spell the forms out.
        if (words[verb].ToLowerInvariant() is "lying" or "lied" or "lies") return true;
        if (candidates.Exists(ChargeVerbs.Contains)) return true;
        var next = verb + 1 < words.Count ? words[verb + 1].ToLowerInvariant() : "";
        // "failed to check the well": a failure to act is a verdict; "the talks failed" is a happening.
        if (candidates.Contains("fail") && next == "to") return true;
        return candidates.Exists(c => PhrasalCharges.TryGetValue(c, out var particle) && particle == next);
    }
}
