using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// The time words and time-shaped numbers of a text (<see cref="Pattern"/>), found by a hand-written scan that gives the
/// regex's own matches: the regex compiled ahead (source-generated) cost some 0.5 s of CPU in a process, most of it the
/// JIT of its large matcher and its first slow passes, more than the scan of half a megabyte then takes.
/// </summary>
/// <remarks>
/// The scan follows the regex's rules: the leftmost match, its alternatives in order, each match starting where the
/// last ended; word boundaries, digits and spaces as the regex engine reads them (each character asked once of the
/// engine itself, <see cref="Kind"/>). A text holding a character that matches a letter of the pattern only when case
/// is ignored (the Kelvin sign) goes to the regex, interpreted.
/// </remarks>
internal static class TimeWords
{
    // Numbers shaped like times (years and decades, clock times, ordinals, numeric dates, quarters: "1998", "the
    // 1990s", "'98", "10:30", "10 a.m.", "the 3rd", "3/4/2009", "Q3", "FY89") and the closed classes of time words.
    // A plain number is not one: "42 percent", "$3.5 billion"; next to a time word it is read with it ("3 weeks"). Month
    // and weekday abbreviations count only capitalised ("Wed", "Sat", "May"), as they are common words in lower case.
    // Number words need a unit beside them ("two weeks"), except in spelled years ("nineteen ninety").

    /// <summary>The words and numbers, as a regex: the reference the scan answers as.</summary>
    internal const string Pattern =
        @"\b(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?\b|['’]\d0s|['’]\d\d\b|\b\d{1,2}:\d\d\b|\b\d+\s?(?:a\.?m\b|p\.?m\b)|\b\d+(?:st|nd|rd|th)\b|" +
        @"\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b|\b(?:[1-4]Q|Q[1-4]|FY\d|H[12])|\b(?:" +
        @"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|" +
        Words + @")\b";

    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Words =
        @"january|february|march|april|june|july|august|september|october|november|december|" +
        @"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|" +
        @"years?|yr|yrs|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|century|centuries|millenni(?:um|a)|fortnights?|" +
        @"quarters?|semesters?|trimesters?|seasons?|spring|summer|autumn|fall|winter|springtime|summertime|wintertime|" +
        @"mornings?|afternoons?|evenings?|nights?|nighttime|daytime|noon|midnight|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall|lunchtime|overnight|tonight|" +
        @"today|tomorrow|yesterday|now|nowadays|currently|current|recently|recent|lately|latest|soon|shortly|ago|later|earlier|past|present|future|term|" +
        @"daily|everyday|weekly|monthly|yearly|annually|annual|hourly|nightly|biweekly|quarterly|fortnightly|moments?|period|o'clock|" +
        @"christmas|xmas|easter|thanksgiving|halloween|hanukkah|ramadan|eid|diwali|passover|valentines?|juneteenth|yuandan|" +
        @"nineteen|twenty|hundred|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties";

    // The case-sensitive abbreviations, and every other word with its optional endings spelled out ("years?": year,
    // years), read from the pattern's alternation; "o'clock", the one word with an apostrophe, is read apart.
    private static readonly FrozenSet<string> Abbreviations =
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun".Split('|').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Spelled().ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<Regex> Interpreted = new(() => new Regex(Pattern, Options));

    /// <summary>The matches of <see cref="Pattern"/> in <paramref name="text"/>, in order, as (index, length).</summary>
    public static List<(int Index, int Length)> Matches(string text)
    {
        var found = new List<(int Index, int Length)>();
        if (Folds(text))
        {
            foreach (Match m in Interpreted.Value.Matches(text)) found.Add((m.Index, m.Length));
            return found;
        }

        for (var i = 0; i < text.Length;)
        {
            var end = MatchAt(text, i);
            if (end > i)
            {
                found.Add((i, end - i));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static IEnumerable<string> Spelled()
    {
        foreach (var word in Words.Replace("millenni(?:um|a)", "millennium|millennia", StringComparison.Ordinal).Split('|'))
        {
            if (word == "o'clock") continue;
            if (word.EndsWith('?'))
            {
                yield return word[..^2];
                yield return word[..^1];
            }
            else
            {
                yield return word;
            }
        }
    }

    private static bool Folds(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && (Kind(c) & CharKind.Folds) != 0) return true;
        }

        return false;
    }

    // The alternatives of the pattern in order; the end of the first that matches at i, or -1.
    private static int MatchAt(string text, int i)
    {
        var c = text[i];
        if (c is '\'' or '’') return Quoted(text, i);
        if (!IsWord(c) || (i > 0 && IsWord(text[i - 1]))) return -1; // every other alternative opens with \b and a word character
        int end;
        if (IsDigit(c))
        {
            if (char.IsAsciiDigit(c) && (end = Year(text, i)) > 0) return end;
            if ((end = Clock(text, i)) > 0) return end;
            var digits = Digits(text, i);
            if ((end = Meridiem(text, i + digits)) > 0) return end;
            if ((end = Ordinal(text, i + digits)) > 0) return end;
            if ((end = NumericDate(text, i, digits)) > 0) return end;
        }

        if ((end = Quarter(text, i)) > 0) return end;
        return Word(text, i);
    }

    // \b(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?\b
    private static int Year(string text, int i)
    {
        if (i + 4 > text.Length) return -1;
        var (a, b) = (text[i], text[i + 1]);
        if (!((a == '1' && char.IsAsciiDigit(b)) || (a == '2' && b == '0')) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3])) return -1;
        var j = i + 4;
        if (At(text, j, 's') && Boundary(text, j + 1)) return j + 1;
        if (j < text.Length && text[j] == '\'' && At(text, j + 1, 's') && Boundary(text, j + 2)) return j + 2;
        return Boundary(text, j) ? j : -1;
    }

    // ['’]\d0s|['’]\d\d\b
    private static int Quoted(string text, int i)
    {
        if (!IsDigitAt(text, i + 1)) return -1;
        if (i + 2 < text.Length && text[i + 2] == '0' && At(text, i + 3, 's')) return i + 4;
        return IsDigitAt(text, i + 2) && Boundary(text, i + 3) ? i + 3 : -1;
    }

    // \b\d{1,2}:\d\d\b
    private static int Clock(string text, int i)
    {
        var k = Digits(text, i);
        if (k > 2) return -1;
        var j = i + k;
        return j < text.Length && text[j] == ':' && IsDigitAt(text, j + 1) && IsDigitAt(text, j + 2) && Boundary(text, j + 3) ? j + 3 : -1;
    }

    // \b\d+\s?(?:a\.?m\b|p\.?m\b), from the end of the digits
    private static int Meridiem(string text, int j)
    {
        if (j < text.Length && IsSpace(text[j]))
        {
            var spaced = AmPm(text, j + 1);
            if (spaced > 0) return spaced;
        }

        return AmPm(text, j);
    }

    private static int AmPm(string text, int p)
    {
        if (!At(text, p, 'a') && !At(text, p, 'p')) return -1;
        var q = p + 1;
        if (q < text.Length && text[q] == '.' && At(text, q + 1, 'm') && Boundary(text, q + 2)) return q + 2;
        return At(text, q, 'm') && Boundary(text, q + 1) ? q + 1 : -1;
    }

    // \b\d+(?:st|nd|rd|th)\b, from the end of the digits
    private static int Ordinal(string text, int j)
    {
        var suffix = (At(text, j, 's') && At(text, j + 1, 't')) || (At(text, j, 'n') && At(text, j + 1, 'd'))
            || (At(text, j, 'r') && At(text, j + 1, 'd')) || (At(text, j, 't') && At(text, j + 1, 'h'));
        return suffix && Boundary(text, j + 2) ? j + 2 : -1;
    }

    // \b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b: a longer run of digits leaves a digit where a separator or a boundary must be.
    private static int NumericDate(string text, int i, int digits)
    {
        var j = i + digits;
        if (digits > 4 || j >= text.Length || text[j] is not ('/' or '-')) return -1;
        var second = Digits(text, j + 1);
        if (second is 0 or > 2) return -1;
        var p = j + 1 + second;
        if (p < text.Length && text[p] is '/' or '-')
        {
            var third = Digits(text, p + 1);
            if (third is >= 1 and <= 4 && Boundary(text, p + 1 + third)) return p + 1 + third;
        }

        return Boundary(text, p) ? p : -1;
    }

    // \b(?:[1-4]Q|Q[1-4]|FY\d|H[12])
    private static int Quarter(string text, int i)
    {
        var c = text[i];
        if (c is >= '1' and <= '4' && At(text, i + 1, 'q')) return i + 2;
        if (At(text, i, 'q') && i + 1 < text.Length && text[i + 1] is >= '1' and <= '4') return i + 2;
        if (At(text, i, 'f') && At(text, i + 1, 'y') && IsDigitAt(text, i + 2)) return i + 3;
        if (At(text, i, 'h') && i + 1 < text.Length && text[i + 1] is '1' or '2') return i + 2;
        return -1;
    }

    // \b(?:(?-i:Jan|...)|january|...)\b: every word but "o'clock" is letters, so the match is the whole run of word characters.
    private static int Word(string text, int i)
    {
        if (At(text, i, 'o') && i + 7 <= text.Length && text[i + 1] == '\'' && At(text, i + 2, 'c') && At(text, i + 3, 'l')
            && At(text, i + 4, 'o') && At(text, i + 5, 'c') && At(text, i + 6, 'k') && Boundary(text, i + 7))
        {
            return i + 7;
        }

        var end = i;
        while (end < text.Length && IsWord(text[end]))
        {
            if (!char.IsAsciiLetter(text[end])) return -1;
            end++;
        }

        var word = text.AsSpan(i, end - i);
        return word.Length >= 2 && (AbbreviationLookup.Contains(word) || Lookup.Contains(word)) ? end : -1;
    }

    private static int Digits(string text, int i)
    {
        var k = 0;
        while (i + k < text.Length && IsDigit(text[i + k])) k++;
        return k;
    }

    // The ASCII letter of the pattern, in either case: other characters matching it with case ignored sent the text to the regex.
    private static bool At(string text, int i, char lower) => i < text.Length && (text[i] | 0x20) == lower && char.IsAsciiLetter(text[i]);

    private static bool IsDigitAt(string text, int i) => i < text.Length && IsDigit(text[i]);

    private static bool Boundary(string text, int i) => (i > 0 && IsWord(text[i - 1])) != (i < text.Length && IsWord(text[i]));

    private static bool IsWord(char c) => (Kind(c) & CharKind.Word) != 0;

    private static bool IsDigit(char c) => (Kind(c) & CharKind.Digit) != 0;

    private static bool IsSpace(char c) => (Kind(c) & CharKind.Space) != 0;

    [Flags]
    private enum CharKind : byte
    {
        Known = 1,
        Word = 2,
        Digit = 4,
        Space = 8,
        Folds = 16,
    }

    private static readonly CharKind[] Kinds = new CharKind[char.MaxValue + 1];

    // How the regex engine reads a character, asked of the engine itself the first time the character is met: a word
    // character for \b, \d, \s, and whether it matches an ASCII letter with case ignored.
    private static readonly Regex WordTest = new(@"^\b", Options);
    private static readonly Regex DigitTest = new(@"^\d\z", Options);
    private static readonly Regex SpaceTest = new(@"^\s\z", Options);
    private static readonly Regex FoldTest = new(@"^[a-z]\z", Options);

    private static CharKind Kind(char c)
    {
        var kind = Kinds[c];
        if (kind != 0) return kind;
        var s = c.ToString();
        kind = CharKind.Known;
        if (WordTest.IsMatch(s)) kind |= CharKind.Word;
        if (DigitTest.IsMatch(s)) kind |= CharKind.Digit;
        if (SpaceTest.IsMatch(s)) kind |= CharKind.Space;
        if (FoldTest.IsMatch(s)) kind |= CharKind.Folds;
        Kinds[c] = kind;
        return kind;
    }
}
