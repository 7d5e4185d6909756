using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Store;

/// <summary>
/// Checks the <c>value</c> of a long-form date like a short date is checked: the TIMEX3-style values the
/// extractor writes (<c>2023-08-18</c>, <c>2023-08</c>, <c>2023</c>, <c>2023-W32</c>, <c>2023-Q3</c>,
/// <c>2023-H2</c>, <c>2023-SU</c>, <c>202</c>, <c>19</c>, <c>XXXX-XX-XX</c>) and those of the short forms
/// (<c>-0044</c>, ranges with <c>..</c>), each on the calendar: no month 13, no 30 February, no week 54.
/// </summary>
public static partial class DateValue
{
    public const string Forms =
        "write 2023, 2023-08, 2023-08-18, 2023-W32 (a week), 2023-Q3, 2023-H2, 2023-SU (a season), 202 (a decade), 19 (a century) or a range 2023-08-16/2023-08-18";

    /// <summary>Why <paramref name="value"/> is not a date value, or null when it is one.</summary>
    public static string? Problem(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var (from, to) = (value[..slash], value[(slash + 1)..]);
            if (from is "" or ".." && to is "" or "..") return $"'{value}' is open at both ends; give at least one date";
            return (from is "" or ".." ? null : Problem(from)) ?? (to is "" or ".." ? null : Problem(to));
        }

        if (Unknown().IsMatch(value) || Span().IsMatch(value)) return null;
        var m = Shape().Match(value);
        if (!m.Success) return $"'{value}' is not a date; {Forms}";

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) * (m.Groups["sign"].Success ? -1 : 1);
        if (m.Groups["mo"].Success)
        {
            var month = Int(m, "mo");
            if (month is < 1 or > 12) return $"'{value}' is not a date: there is no month {month:00} (01-12)";
            if (m.Groups["d"].Success)
            {
                var day = Int(m, "d");
                if (day < 1 || day > DaysIn(year, month)) return $"'{value}' is not a date: there is no day {day:00} in {value[..^3]}";
            }
        }

        if (m.Groups["w"].Success)
        {
            var week = Int(m, "w");
            var weeks = year >= 1 ? ISOWeek.GetWeeksInYear(year) : 53;
            if (week < 1 || week > weeks) return $"'{value}' is not a date: there is no week {week:00} in {m.Groups["y"].Value} (01-{weeks})";
        }

        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // Proleptic Gregorian, astronomical years, as the short forms count them.
    private static int DaysIn(int year, int month)
    {
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 ? (leap ? 29 : 28) : DateTime.DaysInMonth(2001, month);
    }

    [GeneratedRegex(@"^(?<sign>-)?(?<y>\d{4})(?:-(?:(?<mo>\d\d)(?:-(?<d>\d\d))?|W(?<w>\d\d)(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\d{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    [GeneratedRegex(@"^XXXX(?:-XX(?:-XX)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Unknown();
}
