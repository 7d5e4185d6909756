using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// Reads the short date form a person may write instead of the <c>date:</c> mapping, borrowed from
/// EDTF levels 0 and 1: <c>2023</c>, <c>2023-08</c>, <c>2023-08-18</c>, <c>2023-08-16/2023-08-18</c>,
/// <c>~2023-08</c> or <c>2023-08~</c> (approximate), <c>2023?</c> (uncertain), <c>-0044</c> (44 BCE),
/// <c>202X</c> (a decade), <c>19XX</c> (a century), <c>2023-21</c> (spring), <c>2023-Q3</c>.
/// </summary>
public static partial class EdtfDate
{
    /// <summary>What every message about a bad date ends with: the forms that are allowed.</summary>
    public const string Forms =
        "write 2023, 2023-08, 2023-08-18, a range 2023-08-16/2023-08-18, ~2023-08 (approximate), 2023? (uncertain) or -0044 (a year BCE)";

    private static readonly string[] Seasons = ["SP", "SU", "FA", "WI"];

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static EventDate? Parse(string text, out string error)
    {
        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Single(trimmed, out error);
        }

        var (left, right) = (trimmed[..slash], trimmed[(slash + 1)..]);
        var from = IsOpen(left) ? null : Single(left, out error);
        var to = IsOpen(right) ? null : Single(right, out error);
        error = "";
        if ((from is null && !IsOpen(left)) || (to is null && !IsOpen(right)))
        {
            error = $"'{text}' is not a date range: each end must be a date or '..'; {Forms}";
            return null;
        }

        if (from is null && to is null)
        {
            error = $"'{text}' is open at both ends; give at least one date";
            return null;
        }

        if (from?.Start is { } s && to?.End is { } e && e < s)
        {
            error = $"'{text}' ends before it starts";
            return null;
        }

        var precision = from is null ? to!.Precision : to is null ? from.Precision : (DatePrecision)Math.Min((int)from.Precision, (int)to.Precision);
        return new EventDate
        {
            Value = $"{from?.Value ?? ".."}/{to?.Value ?? ".."}",
            Precision = precision,
            Start = from?.Start,
            End = to?.End,
            Approximate = (from?.Approximate ?? false) || (to?.Approximate ?? false),
        };
    }

    private static bool IsOpen(string side) => side.Length == 0 || side == "..";

    private static EventDate? Single(string text, out string error)
    {
        error = "";
        var core = text.TrimStart('~', '?', '%').TrimEnd('~', '?', '%');
        var qualified = core.Length != text.Length;
        var match = Shape().Match(core);
        if (core.Length == 0 || !match.Success)
        {
            error = $"'{text}' is not a date; {Forms}";
            return null;
        }

        var negative = match.Groups["sign"].Success;
        var yearText = match.Groups["year"].Value;
        var date = yearText.Contains('X', StringComparison.Ordinal)
            ? Unspecified(yearText, match)
            : Specified(negative, int.Parse(yearText, CultureInfo.InvariantCulture), match, out error);
        if (date is null)
        {
            error = error.Length > 0 ? $"'{text}' is not a date: {error}" : $"'{text}' is not a date; {Forms}";
            return null;
        }

        return date with { Approximate = qualified };
    }

    private static EventDate? Unspecified(string yearText, Match match)
    {
        if (match.Groups["month"].Success || match.Groups["quarter"].Success)
        {
            return null; // 19XX-05 says little and reads badly; the forms listed are enough.
        }

        var digits = yearText.TrimEnd('X');
        if (digits.Contains('X', StringComparison.Ordinal) || digits.Length is < 2 or > 3)
        {
            return null;
        }

        var first = int.Parse(digits.PadRight(4, '0'), CultureInfo.InvariantCulture);
        var span = digits.Length == 3 ? 10 : 100;
        return new EventDate
        {
            Value = digits,
            Precision = digits.Length == 3 ? DatePrecision.Decade : DatePrecision.Century,
            Start = first == 0 ? null : new DateOnly(first, 1, 1),
            End = new DateOnly(first + span - 1, 12, 31),
        };
    }

    private static EventDate? Specified(bool negative, int year, Match match, out string error)
    {
        error = "";
        // DateOnly cannot hold year 0 (1 BCE in EDTF) or earlier, so such dates are not on the calendar.
        var onCalendar = !negative && year >= 1;
        var prefix = (negative ? "-" : "") + year.ToString("0000", CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            var q = match.Groups["quarter"].Value[0] - '0';
            return Dated($"{prefix}-Q{q}", DatePrecision.Quarter, onCalendar, year, (q * 3) - 2, 3);
        }

        if (!match.Groups["month"].Success)
        {
            return Dated(prefix, DatePrecision.Year, onCalendar, year, 1, 12);
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is >= 21 and <= 24 && !match.Groups["day"].Success)
        {
            // EDTF seasons 21-24 (northern hemisphere): spring from March, winter into the next year.
            return Dated($"{prefix}-{Seasons[month - 21]}", DatePrecision.Season, onCalendar && year < 9999, year, ((month - 21) * 3) + 3, 3);
        }

        if (month is < 1 or > 12)
        {
            error = $"there is no month {month:00} (01-12, or 21-24 for a season)";
            return null;
        }

        if (!match.Groups["day"].Success)
        {
            return Dated($"{prefix}-{month:00}", DatePrecision.Month, onCalendar, year, month, 1);
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DaysIn(negative ? -year : year, month))
        {
            error = $"there is no day {day:00} in {prefix}-{month:00}";
            return null;
        }

        var value = $"{prefix}-{month:00}-{day:00}";
        var date = onCalendar ? new DateOnly(year, month, day) : (DateOnly?)null;
        return new EventDate { Value = value, Precision = DatePrecision.Day, Start = date, End = date };
    }

    // Proleptic Gregorian, astronomical years (EDTF -0044 is year -44), so BCE leap days check too.
    private static int DaysIn(int year, int month)
    {
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 ? (leap ? 29 : 28) : DateTime.DaysInMonth(2001, month);
    }

    private static EventDate Dated(string value, DatePrecision precision, bool onCalendar, int year, int firstMonth, int months)
    {
        if (!onCalendar)
        {
            return new EventDate { Value = value, Precision = precision };
        }

        var start = new DateOnly(year, firstMonth, 1);
        return new EventDate { Value = value, Precision = precision, Start = start, End = CalendarEdges.LastDayOf(start, months) };
    }

    [GeneratedRegex(@"^(?<sign>-)?(?<year>\d{4}|\d{3}X|\d{2}XX)(?:-(?:Q(?<quarter>[1-4])|(?<month>\d{2})(?:-(?<day>\d{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
