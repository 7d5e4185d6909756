namespace Timeline.Extract.Events;

/// <summary>
/// The words that open a clause of its own inside a sentence, after the main clause's verb: what follows them has its own subject
/// and verb, which are not the main clause's. "Because", "when", "unless" and their kind open an adverbial clause whatever follows;
/// "that", "which", "who" a relative one; "after", "before", "since", "until" and "as" open a clause as often as a noun phrase
/// ("after an engine blew apart", "after the meeting"), so a reader asks for a verb of its own after them. Pure.
/// </summary>
internal static class ClauseOpeners
{
    private static readonly HashSet<string> Adverbial = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "when", "while", "although", "though", "whereas", "unless",
    };

    private static readonly HashSet<string> Relative = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whom", "whose", "where" };

    private static readonly HashSet<string> Temporal = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "as" };

    /// <summary>"because", "while", "unless": a word that opens an adverbial clause, whatever follows it.</summary>
    public static bool IsAdverbial(string word) => Adverbial.Contains(word);

    /// <summary>An adverbial or a relative clause's opening word: "because", "when", "that", "which".</summary>
    public static bool AlwaysOpens(string word) => Adverbial.Contains(word) || Relative.Contains(word);

    /// <summary>"after", "before", "since", "until", "as": a clause's opening word, or a preposition's.</summary>
    public static bool IsTemporal(string word) => Temporal.Contains(word);

    /// <summary>Any word that may open a clause of its own.</summary>
    public static bool MayOpen(string word) => AlwaysOpens(word) || Temporal.Contains(word);
}
