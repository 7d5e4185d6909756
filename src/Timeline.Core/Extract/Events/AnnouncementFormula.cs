using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// The set phrases a company's announcement closes with: a promise of news to come ("will provide updates as appropriate",
/// "will give further updates in due course") and who will sit beside the speaker ("will be joined on the call by the finance
/// director"). They tell no happening; the happening, if any, is the results or the call told elsewhere. Pure.
/// </summary>
public static partial class AnnouncementFormula
{
    /// <summary>Whether the verb at <paramref name="verb"/>, with the words after it to <paramref name="end"/>, is such a phrase.</summary>
    public static bool Holds(IReadOnlyList<string> words, int verb, int end)
    {
        var lemmas = VerbLemma.Candidates(words[verb]).ToList();
        var rest = string.Join(' ', words.Skip(verb + 1).Take(Math.Max(0, Math.Min(end, words.Count) - verb - 1))).ToLowerInvariant();
        if (lemmas.Exists(l => l is "provide" or "give" or "issue" or "post" or "offer" or "publish") && UpdatesRegex().IsMatch(rest)) return true;
        // "will be joined by", "will be joined on the call with": passive "joined" with "be" before it.
        return lemmas.Exists(l => l == "join") && verb > 0 && words[verb - 1].ToLowerInvariant() is "be" or "been" && JoinedByRegex().IsMatch(rest);
    }

    // "updates", "further updates on progress as appropriate", "an update in due course": updates as a habit, or one put off to no day.
    [GeneratedRegex(@"^(?:(?:further|more|regular|periodic|additional|frequent)\s+)?updates\b|^(?:an?|further|another)\s+(?:\w+\s+)?update\b[^.;]*\b(?:as\s+(?:appropriate|necessary|needed|required|available)|in\s+due\s+course|when\s+(?:available|appropriate))\b")]
    private static partial Regex UpdatesRegex();

    [GeneratedRegex(@"^(?:(?:on|for|at|during|in)\s+(?:the|this|its|a)\s+(?:\w+\s+){0,2}?)?(?:by|with)\b")]
    private static partial Regex JoinedByRegex();
}
