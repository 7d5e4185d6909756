namespace Timeline.Extract.Events;

/// <summary>
/// "Janet Jackson also decided not to attend.", "BP said he would attend.", "Congress has yet to approve.": a verb that cannot go
/// without its object in news English (one attends something, joins, signs or approves something), standing last with nothing after
/// it, leaves its object to an earlier sentence. A title that ends there does not say what was attended or signed, so it tells no
/// happening a reader can follow alone. The passive ("the bill was signed") has its object as its subject and is told. Pure.
/// </summary>
public static class ElidedObject
{
    private static readonly HashSet<string> Transitive = new(StringComparer.Ordinal)
    {
        "attend", "join", "sign", "approve", "endorse", "accept", "reject", "oppose", "visit", "enter",
    };

    // Tags that open an object: a determiner, a noun, a pronoun, an adjective, a number, a quotation.
    private static bool OpensObject(string? tag) => tag is not null
        && (tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "PRP" or "PRP$" or "JJ" or "JJR" or "JJS" or "CD" or "``" or "WDT" or "WP");

    /// <summary>
    /// Whether the title ends on such a verb with no object: <paramref name="last"/> is its last word, tagged <paramref name="lastTag"/>
    /// ("orchestrating the visit" ends on a noun); <paramref name="before"/> is the word before it (null when none); <paramref name="passive"/>
    /// says the verb group is passive when <paramref name="last"/> is its verb; <paramref name="nextTag"/> is the tag of the clause's word
    /// after the title (null at its end).
    /// </summary>
    public static bool Holds(string last, string lastTag, string? before, bool passive, string? nextTag)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(lastTag);
        if (passive || OpensObject(nextTag) || !lastTag.StartsWith("VB", StringComparison.Ordinal)) return false;
        // "to be approved", "has been signed": a passive infinitive or participle has its object for its subject.
        if (before?.ToLowerInvariant() is "be" or "been" or "being" or "was" or "were" or "is" or "are") return false;
        var word = last.ToLowerInvariant();
        return VerbLemma.Candidates(word).Append(word).Any(Transitive.Contains);
    }
}
