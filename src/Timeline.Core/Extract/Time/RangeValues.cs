using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Reads a recogniser range (start, end, length) as TimeML does: a calendar unit it spans exactly
/// (a quarter, a half, a year, a month, a decade, a century) is that DATE; anything else measures
/// a length of time, a DURATION.
/// </summary>
public static partial class RangeValues
{
    public static (string Type, string Value) Read(string start, string end, string duration, DateOnly? dct, string text)
    {
        if (duration == "P10Y" && Decade(start, dct) is { } decade) return ("DATE", decade);
        var from = Fill(start, dct);
        var to = Fill(end, dct);
        if (from is { } a && to is { } b)
        {
            if (b.Year == a.Year + 1 && b.Month == 1 && b.Day == 1 && end.StartsWith("XXXX", StringComparison.Ordinal) && a.Month > 1)
            {
                // "fourth quarter": the recogniser leaves both years open; the end is in the next year.
            }
            else if (b < a)
            {
                b = b.AddYears(1);
            }

            var last = b.AddDays(-1);
            // TimeML: "the 20th century" is the DATE 19, "the 11th century" 10.
            if (duration == "P100Y" && a.Year % 100 == 0 && a.Month == 1 && a.Day == 1) return ("DATE", (a.Year / 100).ToString("D2", CultureInfo.InvariantCulture));
            if (duration == "P10Y" && a.Year % 10 == 0 && a.Month == 1 && a.Day == 1) return ("DATE", (a.Year / 10).ToString(CultureInfo.InvariantCulture));
            if (a.Day == 1 && (a.Month - 1) % 3 == 0 && last == a.AddMonths(3).AddDays(-1)) return ("DATE", $"{a.Year:D4}-Q{((a.Month - 1) / 3) + 1}");
            if (a.Day == 1 && a.Month == 7 && last == new DateOnly(a.Year, 12, 31)) return ("DATE", $"{a.Year:D4}-H2");
            if (a.Day == 1 && a.Month == 1 && last == new DateOnly(a.Year, 6, 30)) return ("DATE", $"{a.Year:D4}-H1");
            if (a.Day == 1 && a.Month == 1 && last == new DateOnly(a.Year, 12, 31)) return ("DATE", a.Year.ToString("D4", CultureInfo.InvariantCulture));
            if (a.Day == 1 && last == a.AddMonths(1).AddDays(-1)) return ("DATE", $"{a.Year:D4}-{a.Month:D2}");
        }

        // TimeML: "the past two weeks", "within 18 months" measure a length of time: a DURATION.
        return ("DURATION", Duration(duration, text));
    }

    // TimeML: vague quantities ("several years", "a few weeks") leave the number open: PXY, PXW.
    public static string Duration(string timex, string text) =>
        VagueRegex().IsMatch(text) ? VagueNumberRegex().Replace(timex, "X") : timex;

    // "the nineties", "the '80s": the century is left open; it is the decade nearest the document year.
    private static string? Decade(string start, DateOnly? dct)
    {
        var m = OpenCenturyRegex().Match(start);
        if (!m.Success || dct is not { } d) return null;
        var tens = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var year = ((d.Year / 100) * 100) + tens;
        year = new[] { year - 100, year, year + 100 }.MinBy(y => Math.Abs(y + 5 - d.Year));
        return (year / 10).ToString(CultureInfo.InvariantCulture);
    }

    private static DateOnly? Fill(string s, DateOnly? dct)
    {
        var datePart = s.Length >= 10 ? s[..10] : s;
        if (datePart.StartsWith("XXXX", StringComparison.Ordinal))
        {
            if (dct is null) return null;
            datePart = dct.Value.Year.ToString("D4", CultureInfo.InvariantCulture) + datePart[4..];
        }

        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"^XX(\d0)-01-01")]
    private static partial Regex OpenCenturyRegex();

    [GeneratedRegex(@"\b(?:several|few|some|many|couple|number of|coming(?= \w+s\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueRegex();

    [GeneratedRegex(@"(?<=P|PT)\d+(?=[YMWDHS])")]
    private static partial Regex VagueNumberRegex();
}
