using System.Globalization;
using System.Text;

namespace Timeline.Extract.Text;

/// <summary>Readable ASCII ids for articles, actors and events: "Li Shangfu" -> "li-shangfu", accents folded.</summary>
public static class Slug
{
    // The tool runs with invariant globalization, where string.Normalize does not decompose,
    // so accented Latin letters are folded from this table instead.
    private static readonly Dictionary<char, string> Folds = BuildFolds(
        ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
        ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"), ("ij", "ĳ"));

    /// <summary>The slug of <paramref name="text"/>, cut at a word boundary near <paramref name="maxLength"/>; empty when nothing is left.</summary>
    public static string Make(string text, int maxLength = 60)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (Folds.TryGetValue(c, out var folded)) sb.Append(folded);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > maxLength / 2 ? cut : maxLength)];
        }

        return slug;
    }

    private static Dictionary<char, string> BuildFolds(params (string To, string From)[] pairs)
    {
        var map = new Dictionary<char, string>();
        foreach (var (to, from) in pairs)
        {
            foreach (var c in from) map[c] = to;
        }

        return map;
    }
}
