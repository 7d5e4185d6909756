namespace Timeline.Extract.Text.Pos;

/// <summary>JavaScript's <c>!isNaN(parseInt(s))</c>, which en-pos uses to spot numerals.</summary>
internal static class JsNumber
{
    /// <summary>True when s starts (after white space and a sign) with a digit, or with 0x and a hex digit.</summary>
    public static bool ParsesAsInteger(string s)
    {
        var i = 0;
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '\uFEFF')) i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        {
            return i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 2]);
        }

        return i < s.Length && char.IsAsciiDigit(s[i]);
    }
}
