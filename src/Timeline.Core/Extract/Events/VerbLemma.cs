namespace Timeline.Extract.Events;

/// <summary>
/// The stem of a regular English verb form ("stopped" -> "stop", "carried" -> "carry", "closed" -> "clos"):
/// enough to tell two forms of one verb apart from another verb, and with <see cref="Candidates"/> to look a
/// form up in a list of base forms. Pure.
/// </summary>
public static class VerbLemma
{
    public static string Of(string form)
    {
        var w = form.ToLowerInvariant();
        if (w.Length <= 4) return w;
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            // "stopped", "planning": the doubled consonant is spelling, not stem.
            return stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f' or 'e') ? stem[..^1] : stem;
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && w[^3] is 's' or 'x' or 'z' or 'h') return w[..^2];
        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
    }

    /// <summary>
    /// The base form of a past that no suffix gives, for the verbs of money and trade news counts with ("paid" -> pay, "sold" ->
    /// sell), or null.
    /// </summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

    /// <summary>"was", "been", "is": a full form of "be" (no contraction), as a passive or a progressive takes it.</summary>
    public static bool IsBe(string form) => BeForms.Contains(form);

    public static string? IrregularBase(string form) => IrregularPasts.GetValueOrDefault(form.ToLowerInvariant());

    private static readonly Dictionary<string, string> IrregularPasts = new(StringComparer.Ordinal)
    {
        ["spent"] = "spend", ["paid"] = "pay", ["sold"] = "sell", ["lost"] = "lose", ["made"] = "make",
    };

    /// <summary>The form, its stem, and the stem with a final e ("closed" -> close).</summary>
    public static IEnumerable<string> Candidates(string form)
    {
        var w = form.ToLowerInvariant();
        var stem = Of(w);
        return [w, stem, stem + "e"];
    }
}
