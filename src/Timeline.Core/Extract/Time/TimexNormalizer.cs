using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Maps one recogniser mention to a TIMEX3 type and value following the TimeML conventions, anchored
/// on the document date. Each rule names the convention it implements; tests mirror them.
/// </summary>
public static partial class TimexNormalizer
{
    public static Timex3? Normalize(TimeMention mention, DateOnly? documentDate, TimexContext context)
    {
        // Without a reference date a relative expression keeps its extent, its value left open.
        if (mention.Candidates.Count == 0 && documentDate is not null) return null;
        if (mention.Candidates.Count == 0) return Make(mention, mention.Kind is "duration" ? "DURATION" : mention.Kind is "set" ? "SET" : "DATE", mention.Kind is "duration" or "set" ? "PX" : "XXXX-XX-XX");
        var candidate = Pick(mention, documentDate, context);
        var text = mention.Text;
        var timex = candidate.Timex;

        if (mention.Kind == "set") return Set(mention, candidate);
        if (mention.Kind == "duration") return Make(mention, "DURATION", RangeValues.Duration(timex, text));
        if (timex is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF") return Make(mention, "DATE", timex);
        if (context.Quarter && documentDate is { } reportDate && QuarterOfYear(text, reportDate, context) is { } sameQuarter)
        {
            return Make(mention, "DATE", sameQuarter);
        }

        var range = RangeRegex().Match(timex);
        if (range.Success)
        {
            var (rangeType, rangeValue) = RangeValues.Read(range.Groups[1].Value, range.Groups[2].Value, range.Groups[3].Value, documentDate, text);
            return Make(mention, rangeType, rangeValue);
        }

        var value = timex;
        if (documentDate is { } dct)
        {
            value = Weekends.Resolve(TimexAnchoring.Anchor(timex, candidate, dct, text, context), text, dct, context);
        }

        value = Granularity(value, text);
        if (documentDate is { } day && value.StartsWith('T'))
        {
            // TimeML: a clock time is on the document's day unless the text names another ("9 a.m. Tuesday"): 1998-01-08T19:15.
            var date = WeekdayNameRegex().Match(text) is { Success: true } named
                ? NearestWeekday(day, Array.IndexOf(WeekdayNames, named.Value.ToLowerInvariant()), context)
                : day;
            value = TimexAnchoring.Iso(date) + ClockTime(value);
        }

        var partOfDay = PartOfDayRegex().Match(value);
        if (partOfDay.Success && (WeekdayRegex().IsMatch(text) || MonthNameRegex().IsMatch(text)))
        {
            // "Wednesday night" is annotated as the day (DATE), the part of the day left out of the value.
            return Make(mention, "DATE", value[..partOfDay.Index]);
        }
        if (documentDate is { } clockDay && ClockOnlyRegex().IsMatch(value) is false && DayClockRegex().Match(value) is { Success: true } clock)
        {
            value = value[..clock.Index] + ClockTime(clock.Value);
        }
        var type = value.Contains('T', StringComparison.Ordinal) && !WeekdayRegex().IsMatch(text) && !DateWithDayRegex().IsMatch(value) ? "TIME"
            : value.Contains('T', StringComparison.Ordinal) && TimeOfDayRegex().IsMatch(value) ? "TIME"
            : "DATE";
        return Make(mention, type, value);
    }

    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static DateOnly NearestWeekday(DateOnly dct, int day, TimexContext context)
    {
        var delta = (day - (int)dct.DayOfWeek + 7) % 7;
        return delta == 0 ? dct : context.Future ? dct.AddDays(delta) : dct.AddDays(delta - 7);
    }

    // Earnings news compares with the same quarter of the year before: "up 5% from a year earlier",
    // "the year-ago period", "the 1988 quarter"; "last year" only in a sentence about a quarter.
    private static string? QuarterOfYear(string text, DateOnly dct, TimexContext context)
    {
        var (year, quarter) = context.ReportedQuarter ?? Periods.LastCompletedQuarter(dct);
        if (YearAgoRegex().IsMatch(text) || (context.QuarterSentence && LastYearRegex().IsMatch(text))) return $"{year - 1:D4}-Q{quarter}";
        var of = YearPeriodRegex().Match(text);
        return of.Success ? $"{of.Groups[1].Value}-Q{quarter}" : null;
    }

    private static string ClockTime(string value)
    {
        var m = ClockRegex().Match(value);
        return m.Success ? $"T{m.Groups[1].Value}:{(m.Groups[2].Success ? m.Groups[2].Value : "00")}" : value;
    }

    private static Timex3 Make(TimeMention m, string type, string value) =>
        new() { Start = m.Start, Text = m.Text, Type = type, Value = value, Mod = TimexModifiers.Of(m) };

    // Two readings (past and future) of "Friday" or "Nov. 6": the nearer one, the past when news reports the past.
    private static TimexCandidate Pick(TimeMention mention, DateOnly? dct, TimexContext context)
    {
        if (mention.Candidates.Count == 1 || dct is null) return mention.Candidates[0];
        var ordered = mention.Candidates.OrderBy(c => c.Value ?? c.Start ?? DateOnly.MinValue).ToList();
        return context.Future ? ordered[^1] : ordered[0];
    }

    // TimeML: "two years ago" is a year, "two months ago" a month: the value keeps the unit's granularity.
    private static string Granularity(string value, string text)
    {
        var ago = AgoRegex().Match(text);
        if (!ago.Success || !FullDateRegex().IsMatch(value)) return value;
        var date = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ago.Groups[1].Value.ToLowerInvariant() switch
        {
            "year" or "years" => date.Year.ToString("D4", CultureInfo.InvariantCulture),
            "month" or "months" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "week" or "weeks" => $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}",
            "decade" or "decades" => (date.Year / 10).ToString(CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    private static Timex3 Set(TimeMention mention, TimexCandidate candidate) => Make(mention, "SET", candidate.Timex);

    [GeneratedRegex(@"^\((.+?),(.+?),(P[^)]+)\)$")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d")]
    private static partial Regex FullDateRegex();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT")]
    private static partial Regex DateWithDayRegex();

    [GeneratedRegex(@"T\d")]
    private static partial Regex TimeOfDayRegex();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"^(?:last year(?:'s quarter)?|the corresponding period last year)$", RegexOptions.IgnoreCase)]
    private static partial Regex LastYearRegex();

    [GeneratedRegex(@"^the (\d{4}) (?:period|quarter)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearPeriodRegex();

    [GeneratedRegex(@"\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayNameRegex();

    [GeneratedRegex(@"^T")]
    private static partial Regex ClockOnlyRegex();

    [GeneratedRegex(@"T\d\d(?::\d\d)?(?::\d\d)?$")]
    private static partial Regex DayClockRegex();

    [GeneratedRegex(@"^(?:a|one) year (?:ago|earlier|before)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearAgoRegex();

    [GeneratedRegex(@"^T(\d\d)(?::(\d\d))?(?::\d\d)?$")]
    private static partial Regex ClockRegex();

    [GeneratedRegex(@"T(?:MO|AF|EV|NI|DT|MI)$")]
    private static partial Regex PartOfDayRegex();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")]
    private static partial Regex MonthNameRegex();

    [GeneratedRegex(@"\b(years?|months?|weeks?|decades?)\s+(?:ago|earlier|before|later|after|previously|back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgoRegex();
}
