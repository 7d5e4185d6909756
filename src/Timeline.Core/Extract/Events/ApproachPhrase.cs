namespace Timeline.Extract.Events;

/// <summary>
/// "The WHO is moving closer to raising its alert level", "Maersk edged nearer to a deal": coming closer to something tells that
/// it has not happened yet, and how near it is is the writer's or the speaker's reading, not a step anyone took. As "nearly" and
/// "almost" do, it tells no happening; when the aim comes about, the text says so in its own clause. Pure.
/// </summary>
public static class ApproachPhrase
{
    private static readonly HashSet<string> MotionVerbs = new(StringComparer.Ordinal) { "move", "edge", "inch", "draw", "creep", "step", "come", "get", "go" };

    /// <summary>Whether the verb <paramref name="verb"/> with the predicate words <paramref name="tail"/> ("closer to ...") only comes near its aim.</summary>
    public static bool Holds(string verb, IReadOnlyList<string> tail)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(tail);
        if (tail.Count == 0) return false;
        var first = tail[0].ToLowerInvariant();
        // "moved a step closer", "came one step nearer": a measure before the comparative.
        if (tail.Count >= 3 && tail[1].ToLowerInvariant() is "step" or "steps" && tail[0].ToLowerInvariant() is "a" or "one" or "another") first = tail[2].ToLowerInvariant();
        if (first is not ("closer" or "nearer")) return false;
        var word = verb.ToLowerInvariant();
        return VerbLemma.Candidates(word).Append(word).Any(MotionVerbs.Contains);
    }
}
