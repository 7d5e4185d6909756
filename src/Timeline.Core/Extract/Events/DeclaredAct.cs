namespace Timeline.Extract.Events;

/// <summary>
/// "declared a state of emergency", "declared war on Iraq", "declared independence": "declare" with a noun phrase as its object
/// performs what it names: the declaring is the happening. With a clause ("declared that ...", "declared the talks over") or a
/// person ("declared him the winner") it reports a view like "said". Pure.
/// </summary>
public static class DeclaredAct
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "declare", "declares", "declared", "declaring" };

    // What a declaration brings about, named right after the verb or after "a" or "the".
    private static readonly HashSet<string> Declared = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "emergency", "state", "independence", "bankruptcy", "ceasefire", "cease-fire", "truce", "victory", "martial", "curfew",
        "disaster", "pandemic", "epidemic", "outbreak", "moratorium", "default", "amnesty", "holiday", "mourning", "sovereignty", "dividend",
    };

    /// <summary>Whether the word at <paramref name="k"/> is "declare" whose object names what the declaring brings about.</summary>
    public static bool Holds(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k)
    {
        if (!Forms.Contains(words[k])) return false;
        var j = k + 1;
        if (j < words.Count && words[j].ToLowerInvariant() is "a" or "an" or "the" or "its") j++;
        // "a national state of emergency", "the first flu pandemic in 41 years": modifiers before the noun.
        for (var m = 0; m < 3 && j < words.Count && tags[j] is "JJ" or "JJS" or "NN" or "CD" && !Declared.Contains(words[j]); m++) j++;
        return j < words.Count && Declared.Contains(words[j]) && !(j + 1 < words.Count && tags[j + 1] is "VBD" or "VBZ" or "VBP" or "MD");
    }
}
