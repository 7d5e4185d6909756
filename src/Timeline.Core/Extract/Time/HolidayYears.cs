using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// A feast or holiday named without its year ("his Easter holidays", "at Christmas") is read by the recogniser in the
/// document's year. Where its own sentence or the one before names another year ("In 1987 the ferry ran aground ... Holm
/// spent Easter on Bornholm"), the holiday is that year's: a fixed feast keeps its day, Easter is counted for that year, a
/// feast whose day moves otherwise (Thanksgiving, Ramadan) keeps only the year. Pure.
/// </summary>
public static partial class HolidayYears
{
    public static List<Timex3> Revise(string text, List<Timex3> timexes)
    {
        List<Timex3>? result = null;
        for (var i = 0; i < timexes.Count; i++)
        {
            var holiday = timexes[i];
            if (holiday.Type != "DATE" || !HolidayRegex().IsMatch(holiday.Text) || DigitsRegex().IsMatch(holiday.Text)) continue;
            if (YearOf(holiday.Value) is not { } own) continue;
            var from = SentenceStart(text, SentenceStart(text, holiday.Start) - 1);
            var named = timexes.Take(i).LastOrDefault(t => t.Start >= from && t.Type == "DATE" && DigitsRegex().IsMatch(t.Text) && YearOf(t.Value) is not null);
            if (named is null || YearOf(named.Value) is not { } year || year == own) continue;
            result ??= [.. timexes];
            result[i] = holiday with { Value = InYear(holiday, year) };
        }

        return result ?? timexes;
    }

    private static string InYear(Timex3 holiday, int year)
    {
        // "Easter Monday" stays the same number of days from Easter Sunday.
        if (EasterRegex().IsMatch(holiday.Text) && holiday.Value.Length == 10
            && DateOnly.TryParseExact(holiday.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            return Easter(year).AddDays(read.DayNumber - Easter(read.Year).DayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (FixedRegex().IsMatch(holiday.Text)) return year.ToString("D4", CultureInfo.InvariantCulture) + holiday.Value[4..];
        return year.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static int? YearOf(string value) =>
        value.Length >= 4 && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && (value.Length == 4 || value[4] == '-') ? y : null;

    // Where the sentence holding the character at index begins (0 at the text's start).
    private static int SentenceStart(string text, int index)
    {
        if (index <= 0) return 0;
        var at = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Min(index, text.Length) - 1);
        return at + 1;
    }

    [GeneratedRegex(@"\b(?:christmas|xmas|easter|thanksgiving|halloween|hanukkah|ramadan|eid|diwali|passover|valentine'?s|new year'?s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HolidayRegex();

    [GeneratedRegex(@"\beaster\b", RegexOptions.IgnoreCase)]
    private static partial Regex EasterRegex();

    [GeneratedRegex(@"\b(?:christmas|xmas|halloween|valentine'?s|new year'?s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixedRegex();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex DigitsRegex();
}
