using System.Globalization;
using System.Text;

namespace Timeline.Ingest;

/// <summary>Derives stable, URL-safe article ids from file names and keeps them unique in a batch.</summary>
internal static class ArticleIds
{
    // Letters that Unicode decomposition does not split into a base letter and a mark.
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['œ'] = "oe", ['đ'] = "d", ['ł'] = "l", ['þ'] = "th", ['ð'] = "d", ['ı'] = "i",
    };

    /// <summary><c>dir/000_63EE Ünïcode.md</c> gives <c>000-63ee-unicode</c>; a name with no letters or digits gives <c>article</c>.</summary>
    public static string Slug(string relativePath)
    {
        var fileName = relativePath.Replace('\\', '/').Split('/')[^1];
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var decomposed = stem.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
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
}
