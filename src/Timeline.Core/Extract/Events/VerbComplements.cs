using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Verbs whose object is followed by a second complement the verb needs: "blocked scientists from warning the public", "cast
/// the trip as a solidarity mission", "forced BP into selling assets", "charged him with murder". Cut before it, the title
/// says something else than the text ("blocked government scientists", "had cast the trip"). English verb valency as news
/// uses it. Pure.
/// </summary>
public static class VerbComplements
{
    // Verbs of preventing: the "from" and the gerund after the object are what was prevented.
    private static readonly HashSet<string> FromVerbs = new(StringComparer.Ordinal)
    {
        "block", "prevent", "stop", "bar", "ban", "prohibit", "keep", "discourage", "deter", "dissuade", "restrain", "preclude",
        "forbid", "disqualify",
    };

    // Verbs of describing: "portrayed Hayward as a villain"; without the "as" phrase nothing of what was said is left.
    private static readonly HashSet<string> AsVerbs = new(StringComparer.Ordinal)
    {
        "portray", "describe", "depict", "characterise", "characterize", "brand", "label", "dismiss", "cast", "paint", "hail",
        "regard", "view", "classify", "rank", "denounce", "decry", "identify", "tout", "bill",
    };

    // Verbs whose object an "as" phrase names a role or a kind: "designated the spill as a disaster", "listed Ida Berg as a
    // consultant", "appointed Lars Holm as chief executive", "was quoted as saying", "acted as adviser to the council". The
    // "as" phrase is what was done; a title that stops before it says less than the text, or something else.
    private static readonly HashSet<string> AsRoleVerbs = new(StringComparer.Ordinal)
    {
        "designate", "list", "quote", "refer", "appoint", "name", "elect", "re-elect", "hire", "install", "reject", "defend",
        "treat", "present", "recognise", "recognize", "confirm", "replace", "succeed", "act", "serve", "retire", "inaugurate",
        // "was sworn in as president": the oath installs in a role, as appointing does ("sworn" is no regular form of "swear").
        "swear", "sworn",
    };

    // Verbs of pushing someone into an act: the "into" and the gerund are the act.
    private static readonly HashSet<string> IntoVerbs = new(StringComparer.Ordinal)
    {
        "force", "pressure", "pressur", "push", "talk", "coerce", "bully", "trick", "lure",
    };

    // Verbs whose "with" phrase is what was given or charged: "charged him with murder", "provided the coastguard with boats".
    private static readonly HashSet<string> WithVerbs = new(StringComparer.Ordinal)
    {
        "charge", "provide", "supply", "equip", "credit",
    };

    // Verbs of putting: "put a box over the leak", "placed the boom along the shore"; the place is what was done.
    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.Ordinal)
    {
        "put", "place", "lay", "laid", "position", "lower", "insert", "stick", "stuck", "park",
    };

    // Prepositions of place and direction that complete a verb of putting.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "on", "onto", "into", "in", "inside", "under", "beneath", "below", "above", "atop", "around", "along", "across", "at",
        "behind", "near", "between", "against", "upon", "down", "through",
    };

    // Verbs whose object is followed by an infinitive that says what the object was chosen, asked or made to do: "tapped
    // Ida Berg to lead the reform", "was picked by the board to run the company". After these, "to" opens no purpose clause.
    private static readonly HashSet<string> ObjectInfinitiveVerbs = new(StringComparer.Ordinal)
    {
        "tap", "pick", "choose", "chose", "chosen", "select", "appoint", "name", "nominate", "elect", "hire", "recruit", "assign",
        "commission", "authorise", "authorize", "allow", "permit", "enable", "empower", "urge", "ask", "tell", "told", "order", "force",
        "compel", "oblige", "require", "press", "pressure", "encourage", "persuade", "invite", "instruct", "advise", "warn", "call",
        "expect", "direct", "mandate", "task",
    };

    // Verbs that do not end a clause in the active voice: "has recruited", "has received", "bought" without their object tell
    // nothing of who or what.
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal)
    {
        "receive", "recruit", "hire", "appoint", "install", "reinstall", "put", "place", "give", "gave", "given", "send", "sent", "bring",
        "brought", "buy", "bought", "acquire", "obtain", "seize", "award", "grant", "deliver", "provide", "unveil", "discover", "wreak",
        "wrought", "impose", "introduce", "submit", "spark", "trigger", "cause", "prompt", "reveal", "hand", "lodge", "inflict", "incur",
        // Going and stepping say where or how only with what follows ("stepped before the cameras", "went to the rig").
        "step", "go", "went", "gone", "come", "came",
        // Spending says on what only with its object ("spent the weekend watching a yacht race").
        "spend", "spent",
        // Departing, resuming and originating say what only with what follows: "departed [as chief executive]" alone reads as a
        // death, "resumed [drilling]" and "originated [as the Anglo-Persian Oil Company]" say nothing.
        "depart", "resume", "originate",
    };

    // Verbs of naming: "called the plan a disaster", "dubbed the well Big Bertha"; the name after the object is what was said.
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "call", "dub", "term", "nickname", "christen", "rename", "label", "brand", "deem",
    };

    /// <summary>Whether <paramref name="verb"/> names its object with a second complement ("called the plan a disaster").</summary>
    public static bool NamesObject(string verb) => VerbLemma.Candidates(verb).Any(NamingVerbs.Contains);

    /// <summary>Whether <paramref name="verb"/> in the active voice needs an object or a complement: the title may not end on it.</summary>
    public static bool NeedsObject(string verb) => VerbLemma.Candidates(verb).Any(ObjectVerbs.Contains);

    /// <summary>Whether "to" and a verb after <paramref name="verb"/>'s object are its complement, not a purpose.</summary>
    public static bool TakesObjectInfinitive(string verb) => VerbLemma.Candidates(verb).Any(ObjectInfinitiveVerbs.Contains);

    // Verbs of giving and sending: what is given is the news, and the "to" phrase after it says who gets it ("paid $48m in
    // compensation [to 18,000 people]", "sent a bill [to BP]"), which a headline may leave for the text.
    private static readonly HashSet<string> GivingVerbs = new(StringComparer.Ordinal)
    {
        "give", "gave", "given", "send", "sent", "pay", "paid", "deliver", "provide", "supply", "donate", "lend", "lent", "grant", "award",
        "hand", "ship", "dispatch", "offer", "sell", "sold", "transfer", "issue", "submit",
    };

    /// <summary>Whether <paramref name="verb"/> gives or sends, so that the "to" of who gets it may be cut from a title.</summary>
    public static bool Gives(string verb) => VerbLemma.Candidates(verb).Any(GivingVerbs.Contains);

    /// <summary>
    /// Whether a phrase opening with <paramref name="preposition"/> after the object of <paramref name="verb"/> is the place a verb
    /// of putting needs ("put a box [over the leak]"): cut before it, the title says something else.
    /// </summary>
    public static bool CompletesPlacing(string verb, string preposition) =>
        PlacePrepositions.Contains(preposition) && VerbLemma.Candidates(verb).Any(PlaceVerbs.Contains);

    // How far past the title's end the second complement may still come: a list or an appositive after the object
    // ("cast the trip by the president, Michelle Obama and daughter Sasha as a solidarity mission") stands between them.
    private const int Reach = 15;

    /// <summary>
    /// Whether the second complement of <paramref name="verb"/> follows the title's end (token <paramref name="at"/>) in the
    /// same clause: before any finite verb, relative pronoun or sentence break.
    /// </summary>
    public static bool CutOff(List<TextSpan> tokens, IReadOnlyList<string> tags, string verb, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        if (at < 0 || Marker(verb) is not { } marker) return false;
        for (var k = at; k < tokens.Count && k <= at + Reach; k++)
        {
            var w = tokens[k].Text;
            if (w.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                // "provided $52m for care, with $15m going to ...": only "as" comes after a list; the others follow the object.
                if (marker != "as" && k > at) return false;
                // "as part of", "as well as", "as soon as" open an adjunct, not the description; so does "as" with a clause.
                if (marker == "as" && (AdjunctAs(tokens, k) || ClauseAfter(tags, k))) return false;
                // "stopped payments from the fund": only a gerund after "from" or "into" is the act prevented or forced
                // ("warning" is often tagged a noun).
                return marker is not ("from" or "into")
                    || (k + 1 < tokens.Count && (tags[k + 1] == "VBG" || (tokens[k + 1].Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(tokens[k + 1].Text[0]))));
            }

            if (w is "." or ";" or ":" or "which" or "who" or "whom" or "whose" or "that" or "because" or "but" or "after" or "before" or "while"
                || tags[k] is "VBD" or "VBZ" or "VBP" or "MD") return false;
            // Past the first word, only a list or an appositive set off by commas is passed over.
            if (k == at + 3 && tokens[at].Text != ",") return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the "as" at <paramref name="at"/> opens the role or kind that <paramref name="verb"/> gives its object ("designated
    /// the spill as a disaster"), not an adjunct ("as part of", "as well as") or a clause ("as he left").
    /// </summary>
    public static bool OpensAsComplement(List<TextSpan> tokens, IReadOnlyList<string> tags, string verb, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        var forms = VerbLemma.Candidates(verb).ToList();
        // "was identified as Ida Berg": who someone turned out to be is no happening; such a clause stays untold.
        return tokens[at].Text.Equals("as", StringComparison.OrdinalIgnoreCase) && (forms.Exists(AsVerbs.Contains) || forms.Exists(AsRoleVerbs.Contains))
            && !forms.Contains("identify") && at + 1 < tokens.Count && tokens[at + 1].Text.Any(char.IsLetterOrDigit) && !AdjunctAs(tokens, at) && !ClauseAfter(tags, at);
    }

    // Verbs whose object alone still tells what was done ("will replace Lars Holm", "appointed Ida Berg"): their "as" phrase is
    // kept when it fits, and a title too long may end before it.
    private static readonly HashSet<string> OptionalAsVerbs = new(StringComparer.Ordinal)
    {
        "replace", "succeed", "appoint", "name", "elect", "re-elect", "hire", "install", "confirm", "retire",
    };

    /// <summary>Whether <paramref name="verb"/>'s object tells the act without the role its "as" phrase gives.</summary>
    public static bool AsPhraseOptional(string verb) => VerbLemma.Candidates(verb).Any(OptionalAsVerbs.Contains);

    // Verbs whose "as" phrase needs no object before it: "acted as adviser", "served as chairman", "retired as chief".
    private static readonly HashSet<string> IntransitiveAsVerbs = new(StringComparer.Ordinal) { "act", "serve", "retire" };

    /// <summary>Whether <paramref name="verb"/> takes an "as" phrase with no object before it ("acted as adviser").</summary>
    public static bool TakesAsWithoutObject(string verb) => VerbLemma.Candidates(verb).Any(IntransitiveAsVerbs.Contains);

    private static bool AdjunctAs(List<TextSpan> tokens, int k) =>
        (k + 1 < tokens.Count && tokens[k + 1].Text.ToLowerInvariant() is "part" or "well" or "soon" or "much" or "many" or "far" or "long")
        || (k + 2 < tokens.Count && tokens[k + 1].Text is "a" && tokens[k + 2].Text is "result" or "consequence");

    // "..., as officials said": "as" opening a clause of its own, with a finite verb within a few words.
    private static bool ClauseAfter(IReadOnlyList<string> tags, int k)
    {
        for (var j = k + 1; j < tags.Count && j <= k + 4; j++)
        {
            if (tags[j] is "VBD" or "VBZ" or "VBP" or "MD") return true;
        }

        return false;
    }

    private static string? Marker(string verb)
    {
        var forms = VerbLemma.Candidates(verb).ToList();
        if (forms.Exists(FromVerbs.Contains)) return "from";
        if (forms.Exists(AsVerbs.Contains)) return "as";
        if (forms.Exists(IntoVerbs.Contains)) return "into";
        if (forms.Exists(WithVerbs.Contains)) return "with";
        return null;
    }
}
