namespace Timeline.Extract.Events;

/// <summary>
/// Senses of a typed trigger that its type does not fit, read from the words around it: an attack in words
/// ("personal attacks on Hayward", "a war of words", "was attacked over the video") criticises, it is no assault; firing
/// someone from a job ("fired the chief executive") is a dismissal, not shooting; "backed away", "backed down" are no
/// support; a mobilisation moves a force; a call on someone or for something is an appeal, and joining is no meeting;
/// striking a deal agrees it; issuing a warning says something; an oath ("sworn in") accuses no one. Pure.
/// </summary>
public static class TypeSense
{
    private static readonly HashSet<string> Verbal = new(StringComparer.OrdinalIgnoreCase)
    {
        "personal", "verbal", "political", "rhetorical", "scathing", "fierce", "blistering", "stinging", "withering", "bitter", "public",
        "written", "angry", "furious", "savage", "vitriolic", "sharp", "strong", "thinly-veiled", "veiled", "repeated",
    };

    // The jobs a person is fired from.
    private static readonly HashSet<string> Jobs = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "executive", "manager", "director", "coach", "head", "boss", "president", "minister", "secretary", "editor", "staff",
        "employees", "workers", "employee", "worker", "officer", "official", "officials", "adviser", "advisor", "aide", "commander", "general",
        "governor", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "ambassador", "envoy", "prosecutor", "deputy", "treasurer",
        "principal", "captain", "managers", "directors", "executives", "staffers", "aides", "advisers", "coaches",
    };

    /// <summary>
    /// The type the trigger at <paramref name="trigger"/> keeps: <paramref name="type"/>, or the type its sense calls
    /// for. <paramref name="personAt"/> says a person is named at a token, <paramref name="actorAt"/> any actor but a place
    /// (a person when not given).
    /// </summary>
    public static string Refine(string type, IReadOnlyList<string> words, int trigger, Func<int, bool> personAt, Func<int, bool>? actorAt = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(personAt);
        type = SenseByComplement.Refine(type, words, trigger, personAt, actorAt ?? personAt);
        var word = words[trigger].ToLowerInvariant();
        var lemmas = VerbLemma.Candidates(words[trigger]).ToList();
        var next = trigger + 1 < words.Count ? words[trigger + 1].ToLowerInvariant() : "";
        // "was sworn in as president", "swore to fight on": an oath installs or promises; only swearing at someone abuses them.
        if (type == "ACCUSE" && word is "swear" or "swears" or "swore" or "sworn" or "swearing" && next != "at") return "other";
        if (type == "ASSAULT")
        {
            var modified = words.Skip(Math.Max(0, trigger - 2)).Take(Math.Min(2, trigger)).Any(Verbal.Contains);
            var ofWords = word is "war" && next == "of" && trigger + 2 < words.Count && words[trigger + 2].Equals("words", StringComparison.OrdinalIgnoreCase);
            var criticisedFor = lemmas.Contains("attack") && next is "over" or "for";
            if ((word.StartsWith("attack", StringComparison.Ordinal) || word is "war") && (modified || ofWords || criticisedFor)) return "ACCUSE";
            // "fired the chief executive", "fired Hayward", "fired the Turkish central bank governor": a dismissal; "fired on
            // protesters", "fired a missile", "fired tear gas at the crowd" stay.
            if (lemmas.Contains("fire") && next is not ("on" or "at" or "upon" or "into"))
            {
                var head = next is "the" or "its" or "his" or "her" or "their" or "a" ? trigger + 2 : trigger + 1;
                if (personAt(head) || NounPhraseHead(words, head) is { } last && (Jobs.Contains(words[last]) || personAt(last))) return "other";
            }
        }

        // A blow or a walkout read from "strike" or "hit", which English also uses for making, saying and annulling.
        var striking = type is "ASSAULT" or "PROTEST" && (lemmas.Contains("strike") || word is "struck");

        // "struck a deal", "hit on a compromise": striking an agreement makes it; "struck a conciliatory tone" is a manner of
        // speaking. Neither is a blow or a walkout.
        if ((striking || (type is "ASSAULT" or "PROTEST" && lemmas.Contains("hit"))) && ObjectHead(words, trigger, Struck) is { } struck)
        {
            if (Agreements.Contains(struck)) return "AGREE";
            if (Manners.Contains(struck)) return "other";
        }

        // "the judge struck down the moratorium", "was struck down by the virus": striking down annuls a rule or fells by illness.
        if (striking && next == "down") return "other";

        // "issued a warning to travellers", "issued a statement": what is issued is said, no material help.
        // "provided an update on the patient", "gave a statement": handing over words, as issuing them, is saying.
        if (type == "COOPERATE" && (lemmas.Exists(HandingOver.Contains) || word is "issued" or "provided" or "gave" or "given") && ObjectHead(words, trigger, Sayings) is not null) return "other";

        if (type == "SUPPORT" && lemmas.Contains("back") && next is "away" or "down" or "out" or "off") return "other";
        if (type == "MOBILIZE" && MovesNoForce(words, trigger)) return "other";
        if (type == "CONSULT")
        {
            // "called on the firm to pay", "called for an inquiry": an appeal; "called the report flawed": naming; only
            // "called the minister" is a call. "joined the company", "joined the other artists": joining, no meeting.
            var head = next is "the" or "his" or "her" or "their" or "its" ? trigger + 2 : trigger + 1;
            if (lemmas.Contains("call")) return next is "on" or "upon" or "for" ? "REQUEST" : personAt(head) && !NamesPerson(words, head) ? type : "other";
            if (lemmas.Contains("join") && !personAt(head)) return "other";
        }

        return type;
    }

    // "called Holm's remarks insensitive", "called Lars Holm a liar", "called Holm "weak"": the person owns what is named, or a name
    // follows the person; either way the verb names, it does not call anyone up.
    private static bool NamesPerson(IReadOnlyList<string> words, int head)
    {
        var k = head;
        while (k < words.Count && words[k].Length > 0 && char.IsUpper(words[k][0])) k++;
        if (k < words.Count && words[k] is "'s" or "’s" or "'" or "’") return true;
        if (k > head && (words[k - 1].EndsWith("'s", StringComparison.Ordinal) || words[k - 1].EndsWith("’s", StringComparison.Ordinal))) return true;
        return k < words.Count && words[k] is "a" or "an" or "\"" or "“" or "'" or "‘";
    }

    // Where the head (last word) of the noun phrase starting at <paramref name="start"/> is: its modifiers and compounds
    // are words or numbers ("the Turkish central bank governor", "12,000 workers"), and it ends before a preposition, a
    // conjunction, a day, punctuation, another determiner or a sixth word, so "fired tear gas at the crowd" is headed by
    // "gas"; a possessive starts it again ("the president's aide" is headed by "aide", "the chief executive's home" by "home").
    private static int? NounPhraseHead(IReadOnlyList<string> words, int start)
    {
        int? last = null;
        for (var k = start; k < words.Count && k < start + 6; k++)
        {
            var w = words[k];
            if (w is "'s" or "’s" or "'" or "’")
            {
                last = null;
                continue;
            }

            if (IsPreposition(w) || (k > start && Determiners.Contains(w)) || PhraseEnds.Contains(w)) break;
            if (!w.All(c => char.IsLetterOrDigit(c) || c is '-' or ',' or '.') || !char.IsLetterOrDigit(w[0])) break;
            last = k;
        }

        return last;
    }

    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "of", "who", "whom", "which", "that", "over", "by", "outside", "inside", "through", "towards", "toward", "during",
        "before", "under", "above", "behind", "beyond", "around", "amid", "while", "when", "as", "than", "yesterday", "today", "tonight",
        "last", "next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // Verbs of handing something over, which say something when what is handed over is words ("issued a warning").
    private static readonly HashSet<string> HandingOver = new(StringComparer.Ordinal) { "issue", "provide", "give" };

    // What a deal is called: "struck a deal", "struck a three-year pact".
    private static readonly HashSet<string> Agreements = new(StringComparer.OrdinalIgnoreCase)
    {
        "deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise", "pact", "truce", "settlement", "contract", "alliance", "partnership",
    };

    // What is struck in a manner of speaking or acting: "struck a cautious note", "struck the right balance".
    private static readonly HashSet<string> Manners = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "tone", "balance", "chord", "pose", "figure", "match", "blow", "nerve",
    };

    private static readonly HashSet<string> Struck = new(Agreements.Concat(Manners), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "another", "new", "on", "upon",
    };

    // What is said when it is issued: "a warning", "a travel advisory", "a statement".
    private static readonly HashSet<string> Sayings = new(StringComparer.OrdinalIgnoreCase)
    {
        "warning", "warnings", "alert", "alerts", "advisory", "advisories", "statement", "statements", "apology", "appeal", "denial",
        "guidance", "advice", "notice", "reminder", "rebuttal", "clarification", "correction", "update", "updates", "communique", "declaration", "briefing",
    };

    // The noun a verb takes as its object, past a determiner, "on" ("hit on a plan") and up to two modifiers
    // ("a conciliatory tone", "a three-year supply deal"); null when none of <paramref name="nouns"/> comes within reach.
    private static string? ObjectHead(IReadOnlyList<string> words, int trigger, HashSet<string> nouns)
    {
        var k = trigger + 1;
        while (k < words.Count && Determiners.Contains(words[k])) k++;
        for (var end = Math.Min(words.Count, k + 3); k < end; k++)
        {
            var w = words[k].ToLowerInvariant();
            if (nouns.Contains(w)) return w;
            if (!w.All(c => char.IsLetter(c) || c == '-')) return null;
        }

        return null;
    }

    // PETRARCH's military synset with police and guards: what a mobilisation moves.
    private static readonly HashSet<string> Forces = new(StringComparer.OrdinalIgnoreCase)
    {
        "military", "army", "armies", "troops", "soldiers", "marines", "navy", "reserves", "reservists", "forces", "servicemen", "paratroopers",
        "battalions", "brigades", "infantry", "police", "policemen", "officers", "guard", "guardsmen", "militia", "militias", "fighters", "warships", "tanks",
    };

    /// <summary>
    /// "deployed a containment dome", "mobilised a lobbying campaign": what is moved is no force, so it is no
    /// mobilisation; "deployed troops", "mobilised the National Guard", and the verb without an object ("the army
    /// mobilised") stay one.
    /// </summary>
    private static bool MovesNoForce(IReadOnlyList<string> words, int trigger)
    {
        if (trigger + 1 >= words.Count || words[trigger + 1] is "," or "." or ";" || IsPreposition(words[trigger + 1])) return false;
        for (var j = trigger + 1; j < words.Count && j <= trigger + 6; j++)
        {
            if (words[j] is "," or "." or ";" || (j > trigger + 1 && IsPreposition(words[j]))) break;
            if (Forces.Contains(words[j])) return false;
        }

        return true;
    }

    /// <summary>Whether the word names an armed force ("troops", "the army", "police").</summary>
    public static bool IsForce(string word) => Forces.Contains(word);

    private static bool IsPreposition(string word) =>
        word.ToLowerInvariant() is "to" or "in" or "on" or "at" or "from" or "for" or "into" or "across" or "along" or "near" or "against" or "with" or "after" or "as";
}
