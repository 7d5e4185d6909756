namespace Timeline.Extract.Events;

/// <summary>
/// "Maersk has struck back, accusing Holm of lying", "Vell responded by ...": a verb of hitting back or answering that takes no
/// object of its own says only that there was an answer; what the answer was follows it, after a comma or in a "by" phrase.
/// A title that ends at the verb ("Maersk has struck back") tells no happening. Nor does a verb of looking on, waiting, turning up
/// or acting at all with nothing after it ("Holm watched [as the slick closed in]", "Berg emerged [after the meeting]", "Maersk had
/// acted [after being told to]"): what happened is in the clause it frames. Nor does a pause ("paused for a long moment before
/// replying"), which only tells how what follows was done. Pure.
/// </summary>
public static class BareRetort
{
    // "struck back", "hit back", "fired back": back is the whole predicate.
    private static readonly HashSet<string> BackVerbs = new(StringComparer.Ordinal)
    {
        "strike", "struck", "hit", "fire", "shoot", "shot", "fight", "fought", "bite", "bit", "lash", "snap", "push", "punch", "swing", "swung",
    };

    private static readonly HashSet<string> AnswerVerbs = new(StringComparer.Ordinal)
    {
        "respond", "react", "retaliate", "reply", "counter", "retort",
        "watch", "look", "listen", "wait", "emerge", "appear", "act", "move", "follow", "proceed",
    };

    // "paused for what seemed like an eternity [before replying]", "hesitated for a moment": a pause is how what follows was done,
    // told for colour; with no object ("paused production") it is no happening of its own.
    private static readonly HashSet<string> PauseVerbs = new(StringComparer.Ordinal) { "pause", "hesitate" };

    /// <summary>Whether the verb <paramref name="verb"/> with the predicate words <paramref name="tail"/> says only that an answer came.</summary>
    public static bool Holds(string verb, IReadOnlyList<string> tail)
    {
        var lemmas = VerbLemma.Candidates(verb.ToLowerInvariant()).Append(verb.ToLowerInvariant()).ToList();
        if (lemmas.Exists(PauseVerbs.Contains) && (tail.Count == 0 || tail[0].ToLowerInvariant() is "for" or "before" or "briefly" or "again" or "momentarily")) return true;
        if (tail.Count == 0) return lemmas.Exists(AnswerVerbs.Contains);
        return tail.Count == 1 && tail[0].Equals("back", StringComparison.OrdinalIgnoreCase) && lemmas.Exists(BackVerbs.Contains);
    }
}
