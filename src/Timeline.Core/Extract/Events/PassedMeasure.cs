namespace Timeline.Extract.Events;

/// <summary>
/// "Congress passed a $700 billion bailout", "the Senate passed the bill": "pass" is a verb of generic motion or time ("passed
/// through", "weeks passed", "passed on the news") that tells no act, except with a measure a legislature or a council adopts
/// as its object. The object's head is the first noun of those after the verb, past its determiner and modifiers. Pure.
/// </summary>
public static class PassedMeasure
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "pass", "passes", "passed", "passing" };

    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "bill", "bills", "law", "laws", "legislation", "measure", "measures", "resolution", "resolutions", "budget", "amendment",
        "amendments", "act", "bailout", "package", "constitution", "motion", "ordinance", "decree", "treaty", "reform", "reforms",
    };

    // How many words may stand between the verb and the object's head: "a $ 700 billion bailout", "the long-awaited climate bill".
    private const int Reach = 6;

    /// <summary>Whether the word at <paramref name="k"/> is "pass" with a measure as its object.</summary>
    public static bool Holds(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k)
    {
        if (!Forms.Contains(words[k]) || k + 1 >= words.Count || !(tags[k + 1] is "DT" or "PRP$" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "$")) return false;
        for (var j = k + 1; j < words.Count && j <= k + Reach; j++)
        {
            if (Measures.Contains(words[j])) return tags[j].StartsWith("NN", StringComparison.Ordinal) || tags[j] == "NNP";
            if (!(tags[j] is "DT" or "PRP$" or "CD" or "JJ" or "NN" or "NNP" or "NNPS" or "$" or "HYPH" or "POS")) return false;
        }

        return false;
    }
}
