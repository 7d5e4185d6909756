namespace Timeline.Extract.Time.Shapes;

/// <summary>
/// Cuts a window into words, numbers and single marks, skipping white space: a word is letters with inner apostrophes
/// ("Monday's", "o'clock"), a number is digits only, so "3rd", "1990s" and "3.5" come out as several tokens and the
/// window test sees each part.
/// </summary>
internal static class ShapeTokenizer
{
    public static List<ShapeToken> Split(string text)
    {
        var tokens = new List<ShapeToken>(16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                tokens.Add(new ShapeToken(ShapeTokenKind.Word, start, i));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new ShapeToken(ShapeTokenKind.Number, start, i));
            }
            else
            {
                tokens.Add(new ShapeToken(ShapeTokenKind.Mark, start, ++i));
            }
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
