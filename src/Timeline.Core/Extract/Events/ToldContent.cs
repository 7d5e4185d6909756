using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Verbs of telling and of making someone act ("urged", "asked", "was forced"): what the object was told, asked or made
/// to do is the news, so a title that stops before it ("China has asked Taiwan") says nothing. Pure.
/// </summary>
public static partial class ToldContent
{
    private static readonly HashSet<string> TellingVerbs = new(StringComparer.Ordinal)
    {
        "warn", "warned", "urge", "urged", "ask", "asked", "tell", "told", "call", "called", "order", "ordered", "advise", "advised", "caution", "cautioned",
        "remind", "reminded", "invite", "invited", "press", "pressed", "encourage", "encouraged", "persuade", "persuaded", "instruct", "instructed",
        "force", "forced", "compel", "compelled", "oblige", "obliged", "require", "required", "pressure", "pressured", "get", "got",
    };

    // Verbs of describing: "portrayed Hayward as a villain", "dismissed the tests as a stunt" characterise, and a title
    // ends before "as", so it would say nothing of what was said ("has been portrayed in the US media"): no event.
    // Without an "as" phrase the verb may tell a happening ("dismissed three managers").
    private static readonly HashSet<string> DescribingVerbs = new(StringComparer.Ordinal)
    {
        "portray", "describe", "depict", "characterise", "characterize", "brand", "label", "dismiss", "cast", "paint", "hail",
        "regard", "view", "classify", "rank", "denounce", "decry", "identify", "name",
    };

    // Verbs of informing: "informed his bosses", "was briefed", "alerted the coastguard" tell a message whose content an
    // "of", "about", "on" or "that" phrase gives; without one, the message is what an earlier sentence said.
    private static readonly HashSet<string> InformingVerbs = new(StringComparer.Ordinal)
    {
        "inform", "notify", "brief", "alert", "apprise", "update", "tip",
    };

    /// <summary>Whether a verb of informing has no content in the words the title keeps after it.</summary>
    public static bool MessageMissing(string verb, IEnumerable<string> after) =>
        VerbLemma.Candidates(verb).Any(InformingVerbs.Contains)
        && !after.Any(w => w.ToLowerInvariant() is "of" or "about" or "on" or "that" or "over" or "to");

    // Verbs of making a statement public: "read a statement", "issued a statement", "released a brief statement".
    private static readonly HashSet<string> PublishingVerbs = new(StringComparer.Ordinal) { "read", "issue", "release", "make", "publish", "give" };

    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase) { "statement", "statements", "comment", "comments", "remarks" };

    /// <summary>
    /// "Lawyer Brian Panish read a statement on behalf of the Jackson family": a statement made public whose content the title does not
    /// give ("criticizing the findings", "that ...", "on the spill" would) is a bare "X said".
    /// </summary>
    public static bool StatementWithoutContent(string verb, IReadOnlyList<(string Word, string Tag)> after)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(after);
        var word = verb.ToLowerInvariant();
        if (!VerbLemma.Candidates(word).Append(word).Any(PublishingVerbs.Contains)) return false;
        var noun = after.ToList().FindIndex(t => StatementNouns.Contains(t.Word));
        // "a statement", "a brief written statement": a determiner and at most two adjectives before the noun.
        if (noun < 1 || noun > 3 || after[0].Word.ToLowerInvariant() is not ("a" or "an") || !after.Skip(1).Take(noun - 1).All(t => t.Tag.StartsWith("JJ", StringComparison.Ordinal))) return false;
        var rest = after.Skip(noun + 1).ToList();
        // "on behalf of the family", "to reporters": who spoke for whom and to whom; a topic after "on" ("on the spill") is content.
        var onBehalf = rest.Count >= 3 && rest[0].Word.Equals("on", StringComparison.OrdinalIgnoreCase) && rest[1].Word.Equals("behalf", StringComparison.OrdinalIgnoreCase);
        return rest.Count == 0 || onBehalf || (rest[0].Word.ToLowerInvariant() is "to" or "outside" or "at" && !rest.Exists(t => t.Tag == "VBG" || t.Word.Equals("that", StringComparison.OrdinalIgnoreCase)));
    }

    // Verbs of asking whose "for" phrase is what was asked ("asked Congress for $75 billion to pay for the war").
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal) { "ask", "call", "press", "appeal", "apply", "petition" };

    /// <summary>
    /// Whether a verb of asking keeps its "for" phrase, the request itself, in the words the title keeps after it: an infinitive
    /// after that phrase says what the thing asked for is for, not what someone was asked to do.
    /// </summary>
    public static bool RequestKept(string verb, IReadOnlyList<(string Word, string Tag)> after)
    {
        if (!VerbLemma.Candidates(verb.ToLowerInvariant()).Any(AskingVerbs.Contains)) return false;
        // "asked for", "asked Congress for", "asked BP executives for": the phrase follows the verb or its object, a noun phrase.
        var k = 0;
        while (k < after.Count && k < RequestReach && after[k].Tag is "DT" or "PRP" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS") k++;
        return k + 1 < after.Count && after[k].Word.Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    // How many words of an object may stand between a verb of asking and its "for".
    private const int RequestReach = 4;

    /// <summary>Whether a verb of describing lost its "as" phrase: the word after the title is "as".</summary>
    public static bool DescriptionCutOff(string verb, string? next) =>
        next is "as" && VerbLemma.Candidates(verb).Any(DescribingVerbs.Contains);

    // A relative clause set off by commas, then the infinitive that was the telling verb's content.
    [GeneratedRegex(@"^\s*,\s*(?:which|who|whose|where)\b[^;.]{0,150}?,\s*to\s+[a-z]")]
    private static partial Regex ContentAfterRelativeRegex();

    private static bool IsTelling(string verb) => VerbLemma.Candidates(verb).Any(TellingVerbs.Contains);

    // How far past the title's end the content of a verb of telling may still come: an appositive or a relative clause
    // about the object ("asked Taiwan, which is 98 percent ethnic Chinese, to help") stands between them.
    private const int ContentReach = 15;

    /// <summary>
    /// Whether <paramref name="verb"/> is a verb of telling whose content the title, ending before token <paramref name="at"/>,
    /// leaves out: a "that" clause or an infinitive right after it or past a parenthetical, or after a relative clause
    /// that ended the clause (<paramref name="rest"/> is the sentence after the clause).
    /// </summary>
    public static bool CutOff(List<TextSpan> tokens, IReadOnlyList<string> tags, string verb, int at, string rest) =>
        IsTelling(verb) && (Within(tokens, tags, at) || ContentAfterRelativeRegex().IsMatch(rest) || AfterRestrictiveRelative(tokens, verb, at));

    // Verbs of ordering whose content may be where the object is sent: "ordered eight people into quarantine".
    private static readonly HashSet<string> DirectingVerbs = new(StringComparer.Ordinal) { "order", "force", "pressure", "get" };

    // "ordered eight people who have just returned from Mexico into a home quarantine": a relative clause right after the object,
    // with no comma, says which ones; where they were ordered comes after it.
    private static bool AfterRestrictiveRelative(List<TextSpan> tokens, string verb, int at)
    {
        if (at < 0 || at >= tokens.Count || tokens[at].Text is not ("who" or "whom" or "that" or "which") || !VerbLemma.Candidates(verb).Any(DirectingVerbs.Contains)) return false;
        for (var k = at + 2; k < tokens.Count && k <= at + ContentReach; k++)
        {
            if (tokens[k].Text is ";" or "." or ",") return false;
            if (tokens[k].Text is "into" or "onto") return true;
        }

        return false;
    }

    private static bool Within(List<TextSpan> tokens, IReadOnlyList<string> tags, int at)
    {
        if (at < 0) return false;
        for (var k = at; k < tokens.Count && k <= at + ContentReach; k++)
        {
            // Only a parenthetical set off by commas is passed over; a plain continuation ends the search after three words.
            if (k > at + 2 && tokens[at].Text != ",") return false;
            var w = tokens[k].Text;
            // "warned people against touching", "cautioned travellers against trips": the warning's content.
            if (k <= at + 2 && w is "that" or ":" or "against" or "whether") return true;
            if (w == "to" && k + 1 < tokens.Count && tags[k + 1] is "VB" or "VBP") return true;
            // A new clause or sentence part: what follows is not this verb's content.
            if (w is ";" or "." || (w is "and" or "but" or "or" && k + 1 < tokens.Count && tags[k + 1] is "VBD" or "VBZ" or "VBP" or "MD" or "PRP")) return false;
        }

        return false;
    }
}
