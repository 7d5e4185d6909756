using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>Splits text into word and punctuation tokens with their offsets.</summary>
public static partial class Tokenizer
{
    public static List<TextSpan> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<TextSpan>();
        foreach (Match m in TokenRegex().Matches(text))
        {
            tokens.Add(new TextSpan { Start = offset + m.Index, Text = m.Value });
        }

        return tokens;
    }

    // Words keep inner hyphens, dots and apostrophes ("al-Assad", "O'Brien"); "U.S." stays whole; a possessive 's is its own token.
    // "67,000", "1,250.5", "5,000-strong" and "35,000-60,000" are one word: a comma that groups thousands does not split it.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?:-[\p{L}\p{N}]+(?:,\p{N}{3})*)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:[\-.]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenRegex();
}
