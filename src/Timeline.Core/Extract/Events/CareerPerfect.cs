namespace Timeline.Extract.Events;

/// <summary>
/// "He has advised on the SARS epidemic as well as bird flu", "DeBord has written about the auto industry for The Washington
/// Post", "she has campaigned for clean water": the present perfect of a verb of professional work, with a field after it and
/// no time of its own, tells a career so far (why the person is quoted), not a happening of the story. The same verb with an
/// object or a time ("has advised residents to leave", "advised on the deal last week") stays. Pure.
/// </summary>
public static class CareerPerfect
{
    // Verbs of a working life that take their field after a preposition.
    private static readonly HashSet<string> WorkVerbs = new(StringComparer.Ordinal)
    {
        "advise", "consult", "lecture", "teach", "taught", "campaign", "serve", "write", "written",
    };

    // The prepositions that name the field, role or employer: "advised on", "written about", "served as", "consulted for".
    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase) { "on", "about", "as", "for" };

    /// <summary>
    /// Whether the verb at <paramref name="verb"/>, a present perfect (<paramref name="presentPerfect"/>), is one of working life
    /// with its field after it; the caller then checks that the clause has no time of its own.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, int verb, bool presentPerfect)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!presentPerfect || verb + 1 >= words.Count || !FieldWords.Contains(words[verb + 1])) return false;
        var form = words[verb].ToLowerInvariant();
        return VerbLemma.Candidates(form).Append(form).Any(WorkVerbs.Contains);
    }
}
