using System.Globalization;
using System.Text;

namespace Timeline.Extract.Text;

/// <summary>Readable ASCII ids: "Li Shangfu" -> "li-shangfu", accents folded.</summary>
public static class Slug
{
    public static string Make(string text, int maxLength = 60)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > maxLength / 2 ? cut : maxLength)];
        }

        return slug.Length == 0 ? "x" : slug;
    }
}
