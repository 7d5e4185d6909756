namespace Timeline.Extract.Events;

/// <summary>
/// A verb the lexicon reads as a state or a statement that performs an act with certain objects: "pass" is generic motion or
/// time ("passed through", "weeks passed") except with a measure a legislature adopts ("Congress passed a $700 billion
/// bailout"); "declare" reports a view ("declared that ...", "declared the talks over") except with what the declaring brings
/// about ("declared a state of emergency", "declared war on Iraq", "declared the first flu pandemic in 41 years"). The object's
/// head is the first such noun after the verb, past a determiner and a few modifiers, and no finite verb follows it ("declared
/// the state was bankrupt" reports). So do "recall" with envoys or goods, "expand" with a measure, and "pull" with the particle of
/// withdrawing ("pulled out of talks"). A participle after the head ("recalled cars sold in the US") tells which ones. Pure.
/// </summary>
public static class ActingObject
{
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "bill", "bills", "law", "laws", "legislation", "measure", "measures", "resolution", "resolutions", "budget", "amendment",
        "amendments", "act", "bailout", "package", "constitution", "motion", "ordinance", "decree", "treaty", "reform", "reforms",
    };

    private static readonly HashSet<string> Declarations = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "emergency", "state", "independence", "bankruptcy", "ceasefire", "cease-fire", "truce", "victory", "law", "curfew",
        "disaster", "pandemic", "epidemic", "outbreak", "moratorium", "default", "amnesty", "holiday", "mourning", "sovereignty", "dividend",
    };

    // "recalled its ambassador", "recalled 2.3 million vehicles": a recall of envoys or of goods, not a memory ("recalled the day").
    private static readonly HashSet<string> Recalled = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul", "vehicles", "cars", "trucks", "models",
        "products", "units", "toys", "devices", "batches", "drugs", "tablets", "laptops", "phones",
    };

    // "expanded its lending programme", "expanded sanctions": a measure widened, not a growth of a quantity ("the economy expanded").
    private static readonly HashSet<string> Expanded = new(StringComparer.OrdinalIgnoreCase)
    {
        "programme", "program", "programmes", "programs", "sanctions", "ban", "embargo", "offensive", "operation", "operations",
        "mission", "bailout", "facility", "powers", "search", "evacuation", "quarantine", "investigation", "probe", "inquiry",
        "recall", "curfew", "restrictions", "zone", "blockade", "deployment", "campaign",
    };

    // Each verb's forms, with the object nouns that make it an act.
    private static readonly Dictionary<string, HashSet<string>> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pass"] = Measures, ["passes"] = Measures, ["passed"] = Measures, ["passing"] = Measures,
        ["declare"] = Declarations, ["declares"] = Declarations, ["declared"] = Declarations, ["declaring"] = Declarations,
        ["recall"] = Recalled, ["recalls"] = Recalled, ["recalled"] = Recalled, ["recalling"] = Recalled,
        ["expand"] = Expanded, ["expands"] = Expanded, ["expanded"] = Expanded, ["expanding"] = Expanded,
    };

    // "Barclays pulled out of talks", "the troops pulled back": a verb of motion with the particle of withdrawing.
    private static readonly Dictionary<string, string[]> Withdrawals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pull"] = ["out", "back"], ["pulls"] = ["out", "back"], ["pulled"] = ["out", "back"], ["pulling"] = ["out", "back"],
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its", "their", "his", "her" };

    // How many modifiers may stand before the object's head: "a $ 700 billion bailout", "the first flu pandemic".
    private const int Reach = 5;

    /// <summary>Whether the verb at <paramref name="k"/> performs an act with the object after it.</summary>
    public static bool Holds(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k)
    {
        if (Withdrawals.TryGetValue(words[k], out var particles)) return k + 1 < words.Count && particles.Contains(words[k + 1].ToLowerInvariant());
        if (!Verbs.TryGetValue(words[k], out var objects)) return false;
        if (HeadsObject(words, tags, k, k + 1, objects)) return true;
        // "declared mpox a public health emergency", "declared the county a disaster area": what is declared, then what it is
        // declared to be.
        return objects == Declarations && PredicateAfter(words, tags, k + 1) is var predicate and > 0 && HeadsObject(words, tags, k, predicate, objects);
    }

    // Whether the noun phrase at <paramref name="from"/>, after the verb at <paramref name="k"/>, has one of the objects as its head.
    private static bool HeadsObject(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k, int from, HashSet<string> objects)
    {
        var j = from;
        if (j < words.Count && Determiners.Contains(words[j])) j++;
        // "recalled about one million vehicles", "passed more than 20 bills": a word that makes a number approximate stands before it.
        j = NumberApproximation.Skip(words, tags, j);
        // "passed the revised bill": a participle before the head modifies it as an adjective does.
        for (var m = 0; m < Reach && j < words.Count && !objects.Contains(words[j]) && tags[j] is "JJ" or "JJS" or "NN" or "NNP" or "CD" or "$" or "VBN"; m++) j++;
        // Inside a noun phrase the head is a noun whatever the tagger says ("its lending programme/VB").
        // "recalled 2.3 million cars sold/VBD in the US": a past form that can be a participle, with a preposition after it, tells
        // which of the object's nouns; it is no verb of a clause the object is the subject of.
        return j < words.Count && objects.Contains(words[j]) && (tags[j].StartsWith("NN", StringComparison.Ordinal) || (j > k + 1 && tags[j] is "VB" or "VBP"))
            && !(j + 1 < words.Count && tags[j + 1] is "VBD" or "VBZ" or "VBP" or "MD" && !ParticipleAfter(words, tags, j + 1));
    }

    // The "a" or "an" that opens a second noun phrase right after the object at <paramref name="from"/> (a name or a noun phrase of
    // a few words: "mpox", "the county"), or -1.
    private static int PredicateAfter(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from)
    {
        var j = from;
        if (j < words.Count && Determiners.Contains(words[j])) j++;
        var start = j;
        while (j < words.Count && j - start < Reach && tags[j] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ") j++;
        return j > start && j < words.Count && words[j].ToLowerInvariant() is "a" or "an" ? j : -1;
    }

    private static bool ParticipleAfter(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k) =>
        tags[k] == "VBD" && k + 1 < words.Count && tags[k + 1] == "IN"
        && (words[k].EndsWith("ed", StringComparison.Ordinal) || Text.Pos.PosLexicon.Default.AllowsTag(words[k].ToLowerInvariant(), "VBN"));
}
