namespace Timeline.Extract.Events;

/// <summary>
/// "on behalf of the Jackson family", "the Kennedy brothers", "the Holm clan": a family name before a noun of kin names the family,
/// not the one bearer the article names in full; the person takes no part in what the family does or has done to it. Pure.
/// </summary>
public static class KinGroup
{
    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "family", "families", "clan", "household", "dynasty", "siblings", "brothers", "sisters",
    };

    /// <summary>Whether the name ending at <paramref name="end"/> in <paramref name="text"/> stands before a noun of kin.</summary>
    public static bool Names(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end >= text.Length || text[end] != ' ') return false;
        var k = end + 1;
        var from = k;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return k > from && KinNouns.Contains(text[from..k]);
    }
}
