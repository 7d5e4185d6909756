namespace Timeline.Extract.Events;

/// <summary>
/// "about one million vehicles", "more than 20 bills", "up to 500 jobs": words that make the number after them approximate or a
/// bound belong to the noun phrase the number opens, as the number does. Pure.
/// </summary>
public static class NumberApproximation
{
    private static readonly HashSet<string> Single = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under", "only", "just",
    };

    // The first word of a two-word bound, with the word that must follow it: "more than", "fewer than", "up to", "at least".
    private static readonly Dictionary<string, string> Double = new(StringComparer.OrdinalIgnoreCase)
    {
        ["more"] = "than", ["fewer"] = "than", ["less"] = "than", ["up"] = "to", ["at"] = "least",
    };

    /// <summary>
    /// The index after the approximating words at <paramref name="k"/> when a number (tag CD) follows them, else
    /// <paramref name="k"/>.
    /// </summary>
    public static int Skip(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (k >= words.Count) return k;
        var next = Single.Contains(words[k]) ? k + 1
            : Double.TryGetValue(words[k], out var second) && k + 1 < words.Count && words[k + 1].Equals(second, StringComparison.OrdinalIgnoreCase) ? k + 2
            : k;
        return next > k && next < words.Count && tags[next] == "CD" ? next : k;
    }
}
