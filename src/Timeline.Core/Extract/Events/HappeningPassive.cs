namespace Timeline.Extract.Events;

/// <summary>
/// "It is to be held at the California Theater", "It was postponed until May": the passive of a verb whose object is a happening
/// (a meeting is held, a launch postponed, a match televised) has that happening as its subject. "It" there stands for the event
/// the text just told of ("announced another special event"), not for the body that acted in it, and tells no one's act. Pure.
/// </summary>
internal static class HappeningPassive
{
    // Verbs done to happenings: a meeting, an event, a vote, a hearing.
    private static readonly HashSet<string> HappeningVerbs = new(StringComparer.Ordinal)
    {
        "hold", "stage", "schedule", "reschedule", "postpone", "delay", "cancel", "adjourn", "broadcast", "televise", "host", "attend",
    };

    /// <summary>Whether the clause's subject is "it" and its verb a passive done to happenings.</summary>
    public static bool Holds(IReadOnlyList<string> words, int subjectFrom, VerbGroup group, string lemma) =>
        group.Passive && HappeningVerbs.Contains(lemma)
        && Enumerable.Range(subjectFrom, Math.Max(0, group.Start - subjectFrom)).Any(k => words[k] is "it" or "It");
}
