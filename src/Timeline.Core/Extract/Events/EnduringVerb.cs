namespace Timeline.Extract.Events;

/// <summary>
/// Verbs of enduring a difficulty: "is coping with the worst flood in decades", "has struggled to contain the fire", "is
/// grappling with a debt crisis", "agonised over the decision", "suffered through the winter", "is dealing with the fallout". News writes how someone fares
/// under a burden as a verb, but it tells a state that lasts, not one happening on a day; the happening, if any, is the
/// flood, the fire or the decision. "Dealt with the complaint" in the past may be an act that settled it, so "deal with" is
/// a state only in its progressive form. Pure.
/// </summary>
public static class EnduringVerb
{
    // Verbs whose every use tells a burden borne or a mind at work: "coped", "grappled", "agonised", "fretted".
    private static readonly HashSet<string> Enduring = new(StringComparer.Ordinal)
    {
        "cope", "grapple", "agonise", "agonize", "fret",
    };

    // Verbs that tell a burden borne only with the word after them: "struggled with" or "struggled to", "wrestled with".
    private static readonly Dictionary<string, string[]> WithParticle = new(StringComparer.Ordinal)
    {
        ["struggle"] = ["with", "to", "against", "under"],
        ["wrestle"] = ["with"],
        ["contend"] = ["with"],
    };

    private static bool SufferedWithoutObject(string next) => next is "" or "," or "." or ";" or "from" or "during" or "in" or "as" or "when"
        or "because" or "after" or "under" or "through" or "throughout" or "for" or "since" or "most" or "badly" or "greatly" or "terribly"
        or "heavily" or "severely" or "too" or "more" or "less";

    /// <summary>Whether the verb at <paramref name="verb"/> tells how someone bears a difficulty rather than what they did.</summary>
    public static bool Holds(IReadOnlyList<string> words, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        var form = words[verb].ToLowerInvariant();
        var lemmas = VerbLemma.Candidates(form).Append(form).ToList();
        if (lemmas.Exists(Enduring.Contains)) return true;
        var next = verb + 1 < words.Count ? words[verb + 1].ToLowerInvariant() : "";
        if (lemmas.Exists(l => WithParticle.TryGetValue(l, out var particles) && particles.Contains(next))) return true;
        // "suffered through the long winter", "has suffered from weak demand", "suffered badly": suffering with no object named is a
        // condition borne; "suffered a heart attack" or "suffered heavy losses" names the blow, and stays.
        if (lemmas.Contains("suffer") && SufferedWithoutObject(next)) return true;
        // "is dealing with the fallout", "are still dealing with": under way, dealing with something is bearing it.
        return form == "dealing" && next == "with";
    }
}
