using Timeline.Extract.Actors;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// "Boeing's 787 Dreamliner took off", "its A350 would fly in 2012": a firm's product named by its model number does what the story
/// tells; the firm that makes it is the actor, and the title names the product as the sentence does. A product carries a model
/// number ("787", "A350", "A380"), with capitalised words of its name or a noun of its kind beside it ("Dreamliner", "superjumbo");
/// "BP's Chief Executive" or "Toyota's sales" name no product. Pure.
/// </summary>
public static class MakersProduct
{
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal)
    {
        "jet", "jets", "jetliner", "airliner", "aircraft", "plane", "superjumbo", "freighter", "car", "model", "rocket", "satellite", "helicopter",
    };

    /// <summary>The product's words, tokens <paramref name="from"/> to <paramref name="end"/> (exclusive), or null when they name no product.</summary>
    public static string? Read(List<TextSpan> tokens, int from, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (from < 0 || end > tokens.Count || end - from is < 1 or > 4) return null;
        var words = tokens.Skip(from).Take(end - from).Select(t => t.Text).ToList();
        if (!words.Exists(IsModelNumber)) return null;
        return words.TrueForAll(w => IsModelNumber(w) || KindNouns.Contains(w) || (NameShapes.IsCapitalised(w) && w.All(char.IsLetter)))
            ? string.Join(' ', words) : null;
    }

    // "787", "A350", "A380-800", "737-900ER": digits, with a letter or two before or after; not a year.
    private static bool IsModelNumber(string word) =>
        word.Length is >= 3 and <= 10 && word.Any(char.IsDigit) && char.IsLetterOrDigit(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c == '-')
        && word.Count(char.IsLetter) <= 3 && !(word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2');
}
