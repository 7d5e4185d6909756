using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// Verbs that describe how someone stands or fares rather than what they did: an attitude shown ("is exercising great caution",
/// "showed restraint"), a life under a threat ("is operating under the threat of a lawsuit", "lived in the shadow of"), and
/// figures of speech for a state ("is still counting the cost", "has walked a tightrope", "played a weak hand", "share common
/// interests"), a consequence suffered ("was confined to her home", "has lost his livelihood", "was reduced to begging") and a course over years ("grew up
/// in Aarhus", "grew to become the largest lender") or a career ("held positions at IBM"). News writes
/// them as verbs of action; they tell no happening on a day. Pure.
/// </summary>
public static partial class DescribedState
{
    // Verbs that show an attitude when their object names one: "exercise caution", "show restraint".
    private static readonly HashSet<string> Showing = new(StringComparer.Ordinal) { "exercise", "show", "display", "practise", "practice", "observe" };

    // Verbs of carrying on a life or a business, which with "under the threat of" describe conditions.
    private static readonly HashSet<string> Living = new(StringComparer.Ordinal) { "operate", "live", "work", "labour", "labor", "remain", "stay", "continue", "trade" };

    /// <summary>Whether the verb at <paramref name="verb"/> with the words after it to <paramref name="end"/> describes a state.</summary>
    public static bool Holds(IReadOnlyList<string> words, int verb, int end)
    {
        var lemmas = VerbLemma.Candidates(words[verb]).ToList();
        var rest = string.Join(' ', words.Skip(verb + 1).Take(Math.Max(0, Math.Min(end, words.Count) - verb - 1))).ToLowerInvariant();
        if (lemmas.Exists(Showing.Contains) && AttitudeRegex().IsMatch(rest)) return true;
        if (lemmas.Exists(Living.Contains) && UnderThreatRegex().IsMatch(rest)) return true;
        // "was confined to her home", "was reduced to begging", "has lost his whole livelihood": how someone fares after a blow
        // is told as a verb, but it is a consequence suffered, not an act; "lost his seat" or "lost the vote" is a defeat and stays.
        var before = verb > 0 ? words[verb - 1].ToLowerInvariant() : "";
        if (VerbGroupReader.IsBe(before) && words[verb].Equals("confined", StringComparison.OrdinalIgnoreCase) && ConfinedRegex().IsMatch(rest)) return true;
        if (VerbGroupReader.IsBe(before) && words[verb].Equals("reduced", StringComparison.OrdinalIgnoreCase) && ReducedToRegex().IsMatch(rest)) return true;
        if (words[verb].ToLowerInvariant() is "lost" or "losing" or "lose" or "loses" && LivelihoodRegex().IsMatch(rest)) return true;
        // "grew up in Aarhus", "grew to become the largest lender", "grew its share to be the top producer": a childhood or a rise
        // over years is a life's or a firm's course, not one happening.
        if (words[verb].ToLowerInvariant() is "grew" or "grown" or "grow" or "grows" && GrowthRegex().IsMatch(rest)) return true;
        // "carried out the review with limited access to the evidence": the conditions a piece of work was done under, a caveat on it.
        if (LimitedAccessRegex().IsMatch(rest)) return true;
        // "the web is brimming with videos of the crash", "the square was teeming with police": a place full of something is a
        // picture of a state, whatever the verb.
        if (words[verb].ToLowerInvariant() is "brimming" or "teeming" or "swarming" or "crawling" or "bristling" or "buzzing" or "awash" or "overflowing"
            && verb + 1 < words.Count && words[verb + 1].Equals("with", StringComparison.OrdinalIgnoreCase)) return true;
        // "is spending time with her family", "spent more time at home": time given to one's family or home is how a life goes
        // on, not a happening; "spent $2bn", "spent the night in custody" or "spent time with the inspectors" tell something else.
        if (words[verb].ToLowerInvariant() is "spend" or "spends" or "spent" or "spending" && PassingTimeRegex().IsMatch(rest)) return true;
        // "has dropped the last cabinet's focus on fishing quotas", "shifted its emphasis to exports": a change of
        // focus characterises a policy's direction; the happening, if any, is the act that showed it.
        if (EmphasisRegex().IsMatch(rest)) return true;
        // "held positions at IBM and Compaq", "has held the post of finance minister", "holds a seat on the board": a post held is a
        // career, a state; the happening, if any, was taking it up or leaving it. "held talks", "held a vote" tell what was done.
        if (words[verb].ToLowerInvariant() is "hold" or "holds" or "held" or "holding" && PostHeldRegex().IsMatch(rest)) return true;
        return lemmas.Exists(l => l == "count") && CostRegex().IsMatch(rest)
            || lemmas.Exists(l => l == "walk") && TightropeRegex().IsMatch(rest)
            || lemmas.Exists(l => l is "play" or "overplay") && HandRegex().IsMatch(rest)
            || lemmas.Exists(l => l == "share") && SharedRegex().IsMatch(rest);
    }

    [GeneratedRegex(@"^(?:(?:a|an|the|his|her|their|its|several|senior|various|top|key|other|many|two|three|executive|management|leadership|board|cabinet|ministerial)\s+){0,3}(?:positions?|posts?|jobs?|roles?|offices?|seats?|titles?|ranks?)\b(?!\s+(?:party|parties|meetings?|buildings?|space))")]
    private static partial Regex PostHeldRegex();

    // "great caution", "utmost caution", "(\"utmost caution\")", "restraint", "extreme care".
    [GeneratedRegex(@"^(?:[""“”']\s*)?(?:(?:great|greater|the\s+utmost|utmost|extreme|extra|more|much|some|due|considerable|maximum)\s+)?(?:caution|restraint|care|patience|vigilance|discretion|prudence)\b")]
    private static partial Regex AttitudeRegex();

    [GeneratedRegex(@"^(?:\w+\s+){0,2}?under\s+(?:the|a)\s+(?:\w+\s+)?(?:threat|shadow|cloud|spectre|specter)\s+of\b")]
    private static partial Regex UnderThreatRegex();

    [GeneratedRegex(@"^to\s+(?:(?:his|her|their|a|the)\s+)?(?:bed|home|hospital|wheelchair|house|room|quarters)\b")]
    private static partial Regex ConfinedRegex();

    [GeneratedRegex(@"^to\s+(?:\w+ing|tears|poverty|begging|a\s+shadow)\b")]
    private static partial Regex ReducedToRegex();

    [GeneratedRegex(@"^(?:(?:his|her|their|its|my|our)\s+)(?:(?:main|only|whole|entire|sole|regular|chief|primary)\s+)?(?:income|livelihood|livelihoods|earnings|savings|home|homes|house|business|living|customers|trade)\b")]
    private static partial Regex LivelihoodRegex();

    [GeneratedRegex(@"^(?:up\b|(?:[\w'’-]+\s+){0,4}?to\s+(?:become|be)\b)")]
    private static partial Regex GrowthRegex();

    [GeneratedRegex(@"\bwith\s+(?:only\s+)?(?:limited|restricted|partial|little|scant|no)\s+access\s+to\b")]
    private static partial Regex LimitedAccessRegex();

    [GeneratedRegex(@"^(?:(?:some|more|less|much|little|a\s+lot\s+of|a\s+little|quality|precious|most\s+of\s+(?:his|her|their|the)|part\s+of\s+(?:his|her|their|the))\s+)?time\s+(?:at\s+home\b|with\s+(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:family|families|son|sons|daughter|daughters|wife|husband|children|kids|friends|grandchildren|parents|partner|mother|father)\b)")]
    private static partial Regex PassingTimeRegex();

    // The object a verb takes is a focus or an emphasis, with what it is on: "its focus on", "the former minister's emphasis on".
    [GeneratedRegex(@"^(?:the|its|his|her|their|our|a|an|this|that|new|more|less|greater)\s+(?:[\w'’-]+\s+){0,3}?(?:focus|emphasis|priority)\s+(?:on|upon|to|towards|away)\b")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"^the\s+(?:human\s+|economic\s+|real\s+|full\s+)?costs?\b")]
    private static partial Regex CostRegex();

    [GeneratedRegex(@"^(?:a|the)\s+(?:\w+\s+)?tightrope\b")]
    private static partial Regex TightropeRegex();

    [GeneratedRegex(@"^(?:a|an|its|his|her|their|the)\s+(?:\w+\s+){0,2}hand\b")]
    private static partial Regex HandRegex();

    [GeneratedRegex(@"^(?:many\s+|some\s+|a\s+number\s+of\s+)?(?:common|mutual|the\s+same)\s+(?:\w+\s+)?(?:interests?|values|concerns|goals|views?|vision|aims)\b")]
    private static partial Regex SharedRegex();
}
