namespace Timeline.Extract.Events;

/// <summary>
/// A clause negated by its object rather than by "not": "found no evidence", "reported no new cases", "has said nothing", "hurt
/// no one", "stopped short of a ban". Like "did not find evidence", it tells what did not happen. "No more than 5,000", "no later than Friday" and "no
/// longer" are amounts and times, and "said no to the deal" a refusal, not negations of the object. Pure.
/// </summary>
public static class NegatedObject
{
    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase) { "no", "nothing", "none", "nobody", "neither" };

    // Words after "no" that make it part of an amount or a time ("no more than", "no later than") or an adverb ("no longer").
    private static readonly HashSet<string> NotNegating = new(StringComparer.OrdinalIgnoreCase) { "more", "less", "fewer", "later", "sooner", "longer", "earlier" };

    // Verbs that "short of" turns into not doing: "stopped short of", "fell short of".
    private static readonly HashSet<string> Halting = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "stops", "stopped", "stopping", "fall", "falls", "fell", "fallen", "falling",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "up", "out", "down", "off", "back", "over", "on", "in" };

    /// <summary>Whether the object right after the verb at <paramref name="verb"/> (past a particle or an adverb) is negated.</summary>
    public static bool Follows(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        // "stopped short of issuing an alert", "fell short of a ban": what the actor came up to and did not do.
        if (verb + 2 < words.Count && Halting.Contains(words[verb]) && words[verb + 1].Equals("short", StringComparison.OrdinalIgnoreCase)
            && words[verb + 2].Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        var k = verb + 1;
        while (k < words.Count && (tags[k].StartsWith("RB", StringComparison.Ordinal) || Particles.Contains(words[k])) && !Negators.Contains(words[k])) k++;
        if (k >= words.Count || !Negators.Contains(words[k])) return false;
        // "voted no on the deal", "said no to it": "no" as the answer is a refusal, which did happen.
        if (words[k].Equals("no", StringComparison.OrdinalIgnoreCase) && (k + 1 >= words.Count || tags[k + 1] is "TO" or "IN" || !words[k + 1].Any(char.IsLetter))) return false;
        return !(k + 1 < words.Count && NotNegating.Contains(words[k + 1]));
    }
}
