using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's tags for punctuation, symbols and numerals (tagging/non_letters.js).</summary>
internal static partial class NonLetterRule
{
    // en-pos's regexes, in its order; \d is written [0-9] because JavaScript's \d is ASCII only.
    private static readonly (Regex Pattern, string Tag)[] Rules =
    [
        (Ellipsis(), ":"),
        (FinalPunctuation(), "."),
        (Colon(), ":"),
        (Comma(), ","),
        (Symbol(), "SYM"),
        (Opening(), "("),
        (Closing(), ")"),
        (Quote(), "\""),
        (Ordinal(), "CD"),
        (Fraction(), "CD"),
        (Number(), "CD"),
    ];

    /// <summary>The tag, or "" when the token is not one of these.</summary>
    public static string Tag(string token)
    {
        if (Letters().IsMatch(token)) return "";
        foreach (var (pattern, tag) in Rules)
        {
            if (pattern.IsMatch(token)) return tag;
        }

        return "";
    }

    [GeneratedRegex("^[A-Za-z]+$")]
    private static partial Regex Letters();

    // The alternation is unanchored on each side in en-pos too: "^(\.{2,})" or "(…)$".
    [GeneratedRegex(@"^(\.{2,})|(…)$")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"^[?!.]+$")]
    private static partial Regex FinalPunctuation();

    [GeneratedRegex(@"^(:|;|-|--)$")]
    private static partial Regex Colon();

    [GeneratedRegex(@"^[,ʻ、︐︑﹐﹑，､،]$")]
    private static partial Regex Comma();

    [GeneratedRegex(@"^[%+/@]$")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^[(\[{<‹【｛｟〈《（]+$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^[\[)\]}>›】｝｠〉》）]+$")]
    private static partial Regex Closing();

    [GeneratedRegex("^[\"'`”“«»„「」‘’〝〞]+$")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^[0-9]+(rd|st|th)$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^([0-9]+)((/|\\)[0-9]+)((/|\\)[0-9]+)?$")]
    private static partial Regex Fraction();

    // en-pos writes ^((\d{1,3})+(,\d{3})*(\.\d+)?)$; (\d{1,3})+ is \d+ without the catastrophic backtracking.
    [GeneratedRegex(@"^[0-9]+(,[0-9]{3})*(\.[0-9]+)?$")]
    private static partial Regex Number();
}
