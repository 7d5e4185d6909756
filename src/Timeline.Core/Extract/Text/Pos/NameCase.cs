using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's capitalize (tagging/capitalize.js): the key under which names and cities are looked up.</summary>
internal static partial class NameCase
{
    /// <summary>Splits at non-word characters (ASCII, as in JavaScript) and rejoins the capitalised parts with "-".</summary>
    public static string Capitalize(string token)
    {
        var parts = NonWord().Split(token);
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            parts[i] = p.Length == 0 ? p : p[..1].ToUpperInvariant() + p[1..].ToLowerInvariant();
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NonWord();
}
