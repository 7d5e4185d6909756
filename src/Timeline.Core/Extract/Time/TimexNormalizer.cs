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
            value = Weekends.Resolve(Anchor(timex, candidate, dct, text, context), text, dct, context);
        }

        value = Granularity(value, text);
        if (documentDate is { } day && value.StartsWith('T'))
        {
            // TimeML: a clock time is on the document's day unless the text names another ("9 a.m. Tuesday"): 1998-01-08T19:15.
            var date = WeekdayNameRegex().Match(text) is { Success: true } named
                ? NearestWeekday(day, Array.IndexOf(WeekdayNames, named.Value.ToLowerInvariant()), context)
                : day;
            value = Iso(date) + ClockTime(value);
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
        new() { Start = m.Start, Text = m.Text, Type = type, Value = value, Mod = Mod(m) };

    // TimeML mod: what the words add to the value ("about", "early", "by the end of", "since").
    private static string? Mod(TimeMention m)
    {
        var text = m.Text.ToLowerInvariant();
        if (ModApproxRegex().IsMatch(text)) return "APPROX";
        if (ModStartRegex().IsMatch(text)) return "START";
        if (ModMidRegex().IsMatch(text)) return "MID";
        if (ModEndRegex().IsMatch(text)) return "END";
        if (ModMoreRegex().IsMatch(text)) return "MORE_THAN";
        if (ModLessRegex().IsMatch(text)) return "LESS_THAN";
        return m.Candidates.Count > 0 ? m.Candidates[0].Mod switch
        {
            "before" or "until" => "BEFORE",
            "after" => "AFTER",
            "since" => "ON_OR_AFTER",
            _ => null,
        } : null;
    }

    // Two readings (past and future) of "Friday" or "Nov. 6": the nearer one, the past when news reports the past.
    private static TimexCandidate Pick(TimeMention mention, DateOnly? dct, TimexContext context)
    {
        if (mention.Candidates.Count == 1 || dct is null) return mention.Candidates[0];
        var ordered = mention.Candidates.OrderBy(c => c.Value ?? c.Start ?? DateOnly.MinValue).ToList();
        return context.Future ? ordered[^1] : ordered[0];
    }

    /// <summary>Fills what the words leave open (year, week) from the document date.</summary>
    private static string Anchor(string timex, TimexCandidate candidate, DateOnly dct, string text, TimexContext context)
    {
        var weekday = WeekdayTimexRegex().Match(timex);
        if (weekday.Success)
        {
            // TimeML: a bare weekday is the nearest such day, the document day itself included; past tense looks back.
            var day = int.Parse(weekday.Groups[1].Value, CultureInfo.InvariantCulture) % 7;
            var delta = (day - (int)dct.DayOfWeek + 7) % 7;
            var date = delta == 0 ? dct : context.Future ? dct.AddDays(delta) : dct.AddDays(delta - 7);
            if (LastRegex().IsMatch(text) && delta == 0) date = dct.AddDays(-7);
            if (NextRegex().IsMatch(text)) date = dct.AddDays(delta == 0 ? 7 : delta);
            return Iso(date) + weekday.Groups[2].Value;
        }

        if (timex.StartsWith("XXXX-", StringComparison.Ordinal))
        {
            var rest = timex[4..];
            var monthDay = MonthDayRegex().Match(timex);
            if (monthDay.Success)
            {
                // TimeML: a day without a year is the nearest such day, in news the past one unless the next is close.
                var month = int.Parse(monthDay.Groups[1].Value, CultureInfo.InvariantCulture);
                var dayOfMonth = int.Parse(monthDay.Groups[2].Value, CultureInfo.InvariantCulture);
                var days = Enumerable.Range(dct.Year - 1, 3)
                    .Where(y => dayOfMonth <= DateTime.DaysInMonth(y, month))
                    .Select(y => new DateOnly(y, month, dayOfMonth)).ToList();
                var past = days.Where(d => d <= dct).DefaultIfEmpty(days[0]).Max();
                var next = days.Where(d => d > dct).DefaultIfEmpty(days[^1]).Min();
                var ahead = next.DayNumber - dct.DayNumber;
                var behind = dct.DayNumber - past.DayNumber;
                var chosen = context.Future ? (ahead < 150 ? next : past) : ahead < 92 && ahead < behind ? next : past;
                return Iso(chosen) + monthDay.Groups[3].Value;
            }

            var monthOnly = MonthOnlyRegex().Match(timex);
            if (monthOnly.Success)
            {
                // TimeML: a month without a year is the nearest such month ("January" in a November article is next
                // January); "last June" is the latest June before the document month, "next June" the first after it.
                var month = int.Parse(monthOnly.Groups[1].Value, CultureInfo.InvariantCulture);
                var here = (dct.Year * 12) + dct.Month - 1;
                int year;
                if (LastRegex().IsMatch(text)) year = month < dct.Month ? dct.Year : dct.Year - 1;
                else if (NextRegex().IsMatch(text)) year = month > dct.Month ? dct.Year : dct.Year + 1;
                else
                {
                    // The past reading, unless the month is at most two months ahead (or the sentence looks ahead).
                    var ahead = ((month - 1 - (here % 12)) + 12) % 12;
                    year = ahead == 0 ? dct.Year
                        : ahead <= 2 || (context.Future && ahead <= 9) ? (month > dct.Month ? dct.Year : dct.Year + 1)
                        : (month < dct.Month ? dct.Year : dct.Year - 1);
                }

                return $"{year:D4}-{month:D2}";
            }

            if (candidate.Value is { } v && rest.Length >= 6) return Iso(v);
            return $"{dct.Year:D4}{rest}";
        }

        if (SeasonOnlyRegex().IsMatch(timex)) return $"{dct.Year:D4}-{timex}";
        var lastMonth = LastMonthRegex().Match(text);
        if (lastMonth.Success && ResolvedMonthRegex().IsMatch(timex))
        {
            // "last June" in a November article is this year's June: the latest June before the document month.
            var month = int.Parse(timex[5..7], CultureInfo.InvariantCulture);
            return $"{(month < dct.Month ? dct.Year : dct.Year - 1):D4}-{month:D2}";
        }

        return timex;
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

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\((.+?),(.+?),(P[^)]+)\)$")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"^XXXX-WXX-(\d)(T.*)?$")]
    private static partial Regex WeekdayTimexRegex();

    [GeneratedRegex(@"^XXXX-(\d\d)-(\d\d)(T.*)?$")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"^XXXX-(\d\d)$")]
    private static partial Regex MonthOnlyRegex();

    [GeneratedRegex(@"^(SP|SU|FA|WI)$")]
    private static partial Regex SeasonOnlyRegex();

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

    [GeneratedRegex(@"^last (?:January|February|March|April|May|June|July|August|September|October|November|December)$", RegexOptions.IgnoreCase)]
    private static partial Regex LastMonthRegex();

    [GeneratedRegex(@"^\d{4}-\d\d$")]
    private static partial Regex ResolvedMonthRegex();

    [GeneratedRegex(@"^(?:nearly|almost|about|around|approximately|roughly|some)\b")]
    private static partial Regex ModApproxRegex();

    [GeneratedRegex(@"^(?:the )?(?:early|beginning of|start of|first half of)\b")]
    private static partial Regex ModStartRegex();

    [GeneratedRegex(@"^(?:the )?(?:mid\b|mid-|middle of)")]
    private static partial Regex ModMidRegex();

    [GeneratedRegex(@"^(?:the )?(?:late|end of|close of|second half of|last half of|latter half of)\b")]
    private static partial Regex ModEndRegex();

    [GeneratedRegex(@"^(?:more than|at least|over|no less than)\b")]
    private static partial Regex ModMoreRegex();

    [GeneratedRegex(@"^(?:less than|at most|under|no more than|up to|fewer than|within)\b")]
    private static partial Regex ModLessRegex();

    [GeneratedRegex(@"^T(\d\d)(?::(\d\d))?(?::\d\d)?$")]
    private static partial Regex ClockRegex();

    [GeneratedRegex(@"T(?:MO|AF|EV|NI|DT|MI)$")]
    private static partial Regex PartOfDayRegex();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")]
    private static partial Regex MonthNameRegex();

    [GeneratedRegex(@"\blast\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastRegex();

    [GeneratedRegex(@"\bnext\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextRegex();

    [GeneratedRegex(@"\b(years?|months?|weeks?|decades?)\s+(?:ago|earlier|before|later|after|previously|back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgoRegex();


}
