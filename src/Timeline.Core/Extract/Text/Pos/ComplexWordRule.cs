using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's guess for unknown words from the tags of their hyphen-separated parts (tagging/complex_words.js).</summary>
internal static partial class ComplexWordRule
{
    private static readonly (Regex Pattern, string Tag)[] Rules =
    [
        (Cardinal(), "CD"),
        (Proper(), "NNP"),
        (Plural(), "NNS"),
        (Noun(), "NN"),
    ];

    /// <summary>Never empty: en-pos falls back to JJ, so its later guesses (prefixes, suffixes, slang...) never run.</summary>
    public static string Tag(string token, PosLexicon lexicon)
    {
        var shape = string.Join('-', token.Split('-').Select(part => PartTag(part, lexicon)));
        foreach (var (pattern, tag) in Rules)
        {
            if (pattern.IsMatch(shape)) return tag;
        }

        return "JJ";
    }

    private static string PartTag(string part, PosLexicon lexicon)
    {
        if (lexicon.Contains(part)) return lexicon.FirstTag(part);
        var lower = part.ToLowerInvariant();
        if (lexicon.Contains(lower)) return lexicon.FirstTag(lower);
        if (JsNumber.ParsesAsInteger(part) || (part.Length > 0 && JsNumber.ParsesAsInteger(part[..^1]))) return "CD";
        return StartsUppercase(part) ? "1UC" : "UNKNOWN";
    }

    // JavaScript's test is part === part.charAt(0).toUpperCase() + part.substr(1): true for "" and for a
    // first character without an uppercase form (digits, punctuation), false where toUpperCase expands (ß -> SS).
    private static bool StartsUppercase(string part)
    {
        if (part.Length == 0) return true;
        var c = part[0];
        if (c == 'ß' || c is >= '\uFB00' and <= '\uFB06' || c is >= '\uFB13' and <= '\uFB17') return false;
        return char.ToUpperInvariant(c) == c;
    }

    [GeneratedRegex("(CD-CD(s)?)$")]
    private static partial Regex Cardinal();

    [GeneratedRegex("(NNP-NNP|JJ-NNP|NNP-CD(s)?|1UC|1UC-CD)$")]
    private static partial Regex Proper();

    [GeneratedRegex("(NNS|NN-VBZ)$")]
    private static partial Regex Plural();

    [GeneratedRegex("(VB-IN|NN-NN|NN-VBG)$")]
    private static partial Regex Noun();
}
