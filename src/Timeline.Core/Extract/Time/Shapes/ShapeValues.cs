using System.Globalization;

namespace Timeline.Extract.Time.Shapes;

/// <summary>
/// The recogniser's resolutions for the shapes of this folder, field for field: a date has a timex and a value, a range a
/// timex, a start and an exclusive end; a date or month without a year has two readings, the last one before the
/// reference date and the next one from it ("March" read on a day in March: this year's is the next one).
/// </summary>
internal static class ShapeValues
{
    public static List<Dictionary<string, string>> Date(string timex, DateTime day) => [Reading(timex, "date", day)];

    public static List<Dictionary<string, string>> Dates(string timex, DateTime past, DateTime future) =>
        [Reading(timex, "date", past), Reading(timex, "date", future)];

    public static List<Dictionary<string, string>> Range(string timex, DateTime start, DateTime end) => [RangeReading(timex, start, end)];

    public static List<Dictionary<string, string>> Ranges(string timex, DateTime pastStart, DateTime futureStart, int months) =>
        [RangeReading(timex, pastStart, pastStart.AddMonths(months)), RangeReading(timex, futureStart, futureStart.AddMonths(months))];

    /// <summary>A weekday without a date: the one of the reference week or after it, and the one a week before.</summary>
    public static List<Dictionary<string, string>> Weekday(int isoDay, DateTime reference)
    {
        var future = reference.AddDays(((isoDay - IsoDay(reference)) % 7 + 7) % 7);
        return Dates(Invariant($"XXXX-WXX-{isoDay}"), future.AddDays(-7), future);
    }

    /// <summary>A day of a month without a year; February 29 is never asked for (the caller leaves it to the recogniser).</summary>
    public static List<Dictionary<string, string>> MonthDay(int month, int day, DateTime reference)
    {
        var thisYear = new DateTime(reference.Year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var future = thisYear >= reference ? thisYear : thisYear.AddYears(1);
        var past = thisYear < reference ? thisYear : thisYear.AddYears(-1);
        return Dates(Invariant($"XXXX-{month:D2}-{day:D2}"), past, future);
    }

    public static List<Dictionary<string, string>> Month(int month, DateTime reference)
    {
        var futureYear = month >= reference.Month ? reference.Year : reference.Year + 1;
        var pastYear = month < reference.Month ? reference.Year : reference.Year - 1;
        return Ranges(Invariant($"XXXX-{month:D2}"), First(pastYear, month), First(futureYear, month), 1);
    }

    /// <summary>"last week", "this month", "next year": the whole unit around the reference date, moved by <paramref name="shift"/>.</summary>
    public static List<Dictionary<string, string>> Unit(char unit, int shift, DateTime reference)
    {
        switch (unit)
        {
            case 'W':
                var monday = reference.Date.AddDays(1 - IsoDay(reference) + (7 * shift));
                return Range(Invariant($"{ISOWeek.GetYear(monday):D4}-W{ISOWeek.GetWeekOfYear(monday):D2}"), monday, monday.AddDays(7));
            case 'M':
                var month = First(reference.Year, reference.Month).AddMonths(shift);
                return Range(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month, month.AddMonths(1));
            default:
                var year = First(reference.Year + shift, 1);
                return Range(Invariant($"{year.Year:D4}"), year, year.AddYears(1));
        }
    }

    public static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime First(int year, int month) => new(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static int IsoDay(DateTime day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static Dictionary<string, string> Reading(string timex, string type, DateTime day) =>
        new() { ["timex"] = timex, ["type"] = type, ["value"] = Day(day) };

    private static Dictionary<string, string> RangeReading(string timex, DateTime start, DateTime end) =>
        new() { ["timex"] = timex, ["type"] = "daterange", ["start"] = Day(start), ["end"] = Day(end) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
