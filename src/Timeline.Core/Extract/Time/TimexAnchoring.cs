using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>Fills what a time expression's words leave open (its year, its week) from the document date.</summary>
internal static partial class TimexAnchoring
{
    /// <summary>Fills what the words leave open (year, week) from the document date.</summary>
    public static string Anchor(string timex, TimexCandidate candidate, DateOnly dct, string text, TimexContext context)
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

    /// <summary>A date as TIMEX3 writes it ("2013-03-22").</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^last (?:January|February|March|April|May|June|July|August|September|October|November|December)$", RegexOptions.IgnoreCase)]
    private static partial Regex LastMonthRegex();

    [GeneratedRegex(@"\blast\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastRegex();

    [GeneratedRegex(@"\bnext\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextRegex();

    [GeneratedRegex(@"^XXXX-(\d\d)-(\d\d)(T.*)?$")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"^XXXX-(\d\d)$")]
    private static partial Regex MonthOnlyRegex();

    [GeneratedRegex(@"^\d{4}-\d\d$")]
    private static partial Regex ResolvedMonthRegex();

    [GeneratedRegex(@"^(SP|SU|FA|WI)$")]
    private static partial Regex SeasonOnlyRegex();

    [GeneratedRegex(@"^XXXX-WXX-(\d)(T.*)?$")]
    private static partial Regex WeekdayTimexRegex();
}
