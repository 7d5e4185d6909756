namespace Timeline.Extract.Events;

/// <summary>
/// "the Holm government", "the Vell administration", "the Berg years": a leader's name before a noun of their rule names the
/// rule, not the person acting there; a "he" or "she" that follows speaks of someone else. Pure.
/// </summary>
public static class LeaderAsModifier
{
    // Nouns of a leader's rule, term or following that take the leader's name before them.
    private static readonly HashSet<string> RuleNouns = new(StringComparer.Ordinal)
    {
        "government", "administration", "regime", "cabinet", "presidency", "premiership", "era", "years", "camp", "ministry",
        "doctrine", "dynasty", "junta", "team", "aides",
    };

    /// <summary>Whether the name ending at <paramref name="end"/> in <paramref name="text"/> stands before a noun of a leader's rule.</summary>
    public static bool Modifies(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var k = end;
        if (k >= text.Length || text[k] != ' ') return false;
        while (k < text.Length && text[k] == ' ') k++;
        var from = k;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return k > from && RuleNouns.Contains(text[from..k]);
    }
}
