using System.Globalization;
using System.Text;

namespace Timeline.Ingest;

/// <summary>Derives stable, URL-safe article ids from file names and keeps them unique in a batch.</summary>
internal static class ArticleIds
{
    // The tool runs with invariant globalization, where string.Normalize does not decompose,
    // so accented Latin letters are folded from this table instead.
    private static readonly Dictionary<char, string> Folds = BuildFolds(
        ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
        ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"), ("ij", "ĳ"));

    /// <summary><c>dir/000_63EE Ünïcode.md</c> gives <c>000-63ee-unicode</c>; a name with no letters or digits gives <c>article</c>.</summary>
    public static string Slug(string relativePath)
    {
        var fileName = relativePath.Replace('\\', '/').Split('/')[^1];
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var lower = stem.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // A combining accent from decomposed input: its base letter is already in.
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (Folds.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "article";
    }

    /// <summary>Gives the second and later holders of an id the suffixes <c>-2</c>, <c>-3</c>, ... in the order given.</summary>
    public static List<string> MakeUnique(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var id in ids)
        {
            var candidate = id;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            result.Add(candidate);
        }

        return result;
    }

    private static Dictionary<char, string> BuildFolds(params (string Ascii, string Letters)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Ascii))).ToDictionary(p => p.c, p => p.Ascii);
}
