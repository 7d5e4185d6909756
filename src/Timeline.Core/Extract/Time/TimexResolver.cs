using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Time;

/// <summary>
/// Places a normalised TIMEX3 value on the calendar as an event date: the day range it covers, its
/// precision, and whether it is approximate (PAST_REF: "recently") or planned (after the article date).
/// Durations and sets are not dates and give null. Events use exactly the values <c>timeline tag</c> writes.
/// </summary>
public static partial class TimexResolver
{
    public static EventDate? Resolve(Timex3 timex, DateOnly? reference)
    {
        if (timex.Type is "DURATION" or "SET") return null;
        var date = FromValue(timex.Value, reference);
        if (date is null) return null;
        date = date with { Text = timex.Text };
        if (reference is { } r && date.Start is { } s && s > r && date.Relation == DateRelation.On)
        {
            date = date with { Planned = true };
        }

        return timex.Mod switch
        {
            "BEFORE" or "ON_OR_BEFORE" => date with { Relation = DateRelation.Before, Start = null },
            "AFTER" or "ON_OR_AFTER" => date with { Relation = DateRelation.After, End = null },
            "APPROX" or "START" or "MID" or "END" => date with { Approximate = true },
            _ => date,
        };
    }

    public static EventDate? FromValue(string value, DateOnly? reference)
    {
        switch (value)
        {
            case "PAST_REF" when reference is { } r:
                return new EventDate
                {
                    Value = r.ToString("yyyy-MM", CultureInfo.InvariantCulture), Precision = DatePrecision.Month,
                    Start = new DateOnly(r.Year, r.Month, 1), End = r, Approximate = true,
                };
            case "FUTURE_REF" when reference is { } r:
                return new EventDate
                {
                    Value = r.Year.ToString("D4", CultureInfo.InvariantCulture), Precision = DatePrecision.Year,
                    Start = r, End = new DateOnly(r.Year, 12, 31), Approximate = true, Planned = true,
                };
            case "PRESENT_REF" when reference is { } r:
                return Day(r);
        }

        var m = ValueRegex().Match(value);
        if (!m.Success) return null;
        var yearText = m.Groups["y"].Value;
        if (yearText.Length == 2) // century "19" = the 1900s
        {
            var c = int.Parse(yearText, CultureInfo.InvariantCulture) * 100;
            return Span(yearText, DatePrecision.Century, new DateOnly(Math.Max(c, 1), 1, 1), new DateOnly(c + 99, 12, 31));
        }

        if (yearText.Length == 3)
        {
            var d = int.Parse(yearText, CultureInfo.InvariantCulture) * 10;
            return Span(yearText, DatePrecision.Decade, new DateOnly(Math.Max(d, 1), 1, 1), new DateOnly(d + 9, 12, 31));
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1) return null;
        if (m.Groups["mo"].Success && m.Groups["d"].Success)
        {
            var day = new DateOnly(year, Int(m, "mo"), Int(m, "d"));
            return Day(day);
        }

        if (m.Groups["mo"].Success)
        {
            var start = new DateOnly(year, Int(m, "mo"), 1);
            return Span(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), DatePrecision.Month, start, start.AddMonths(1).AddDays(-1));
        }

        if (m.Groups["w"].Success)
        {
            var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Int(m, "w"), DayOfWeek.Monday));
            return m.Groups["we"].Success
                ? Span(value, DatePrecision.Week, start.AddDays(5), start.AddDays(6))
                : Span($"{year:D4}-W{Int(m, "w"):D2}", DatePrecision.Week, start, start.AddDays(6));
        }

        if (m.Groups["q"].Success)
        {
            var start = new DateOnly(year, (Int(m, "q") * 3) - 2, 1);
            return Span($"{year:D4}-Q{Int(m, "q")}", DatePrecision.Quarter, start, start.AddMonths(3).AddDays(-1));
        }

        if (m.Groups["h"].Success)
        {
            var start = new DateOnly(year, Int(m, "h") == 1 ? 1 : 7, 1);
            return Span($"{year:D4}-H{Int(m, "h")}", DatePrecision.Quarter, start, start.AddMonths(6).AddDays(-1));
        }

        if (m.Groups["s"].Success)
        {
            var (from, months) = m.Groups["s"].Value switch { "SP" => (3, 3), "SU" => (6, 3), "FA" => (9, 3), _ => (12, 3) };
            var start = new DateOnly(year, from, 1);
            return Span($"{year:D4}-{m.Groups["s"].Value}", DatePrecision.Season, start, start.AddMonths(months).AddDays(-1));
        }

        return Span(year.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static EventDate Span(string value, DatePrecision precision, DateOnly start, DateOnly end) =>
        new() { Value = value, Precision = precision, Start = start, End = end };

    private static EventDate Day(DateOnly d) => new()
    {
        Value = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = d, End = d,
    };

    [GeneratedRegex(@"^(?<y>\d{2,4})(?:-(?:(?<mo>\d\d)(?:-(?<d>\d\d))?|W(?<w>\d\d)(?<we>-WE)?|Q(?<q>[1-4])|H(?<h>[12])|(?<s>SP|SU|FA|WI)))?(?:T.*)?$")]
    private static partial Regex ValueRegex();
}
