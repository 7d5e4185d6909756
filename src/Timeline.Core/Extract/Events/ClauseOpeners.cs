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

    // "declared a pandemic following a spike in cases in Australia", "was singled out over fatal accidents in Texas", "met amid
    // protests in Oslo": a preposition of cause, circumstance or topic opens a noun phrase of another happening. "asked why Transocean
    // had its headquarters in Switzerland", "asked whether flights to Mexico would stop": a question word opens the asked clause.
    private static readonly HashSet<string> OtherHappening = new(StringComparer.OrdinalIgnoreCase)
    {
        "following", "amid", "amidst", "despite", "over", "why", "how", "whether", "if",
    };

    /// <summary>"following", "amid", "over", "why", "whether": a word that opens a phrase or an asked clause of another happening.</summary>
    public static bool OpensOtherHappening(string word) => OtherHappening.Contains(word);

    /// <summary>"because", "while", "unless": a word that opens an adverbial clause, whatever follows it.</summary>
    public static bool IsAdverbial(string word) => Adverbial.Contains(word);

    /// <summary>An adverbial or a relative clause's opening word: "because", "when", "that", "which".</summary>
    public static bool AlwaysOpens(string word) => Adverbial.Contains(word) || Relative.Contains(word);

    /// <summary>"after", "before", "since", "until", "as": a clause's opening word, or a preposition's.</summary>
    public static bool IsTemporal(string word) => Temporal.Contains(word);

    /// <summary>Any word that may open a clause of its own.</summary>
    public static bool MayOpen(string word) => AlwaysOpens(word) || Temporal.Contains(word);
}
