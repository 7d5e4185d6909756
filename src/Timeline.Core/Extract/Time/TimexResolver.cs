using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Time;

/// <summary>
/// Turns a time mention into a calendar date at its precision (TIMEX3 values: <c>2023-08-18</c>,
/// <c>2023-08</c>, <c>2023-W33</c>, <c>2023-Q3</c>, <c>2023-SU</c>, <c>2023</c>, <c>202</c> for a decade),
/// anchored on the article date. Durations and sets are not dates and give null.
/// </summary>
public static partial class TimexResolver
{
    public static EventDate? Resolve(TimeMention mention, DateOnly? reference, bool preferFuture = false)
    {
        if (mention.Kind is "duration" or "set" || mention.Candidates.Count == 0) return null;
        var candidate = Pick(mention.Candidates, reference, preferFuture);
        var date = FromTimex(candidate, reference);
        if (date is null) return null;
        date = date with { Text = mention.Text };
        if (reference is { } r && date.Start is { } s && s > r && !date.Approximate)
        {
            date = date with { Planned = true };
        }

        return ApplyMod(date, candidate.Mod);
    }

    // The recogniser offers a past and a future reading of "Friday" or "March 3": news reports the past.
    private static TimexCandidate Pick(List<TimexCandidate> candidates, DateOnly? reference, bool preferFuture)
    {
        if (candidates.Count == 1 || reference is null) return candidates[0];
        var ordered = candidates.OrderBy(c => c.Value ?? c.Start ?? DateOnly.MinValue).ToList();
        return preferFuture ? ordered[^1] : ordered[0];
    }

    private static EventDate? FromTimex(TimexCandidate c, DateOnly? reference)
    {
        var timex = c.Timex;
        switch (timex)
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
                    Value = r.Year.ToString(CultureInfo.InvariantCulture), Precision = DatePrecision.Year,
                    Start = r, End = new DateOnly(r.Year, 12, 31), Approximate = true, Planned = true,
                };
            case "PRESENT_REF" when reference is { } r:
                return Day(r);
        }

        var range = RangeRegex().Match(timex);
        if (range.Success)
        {
            return FromRange(Parse(range.Groups[1].Value), Parse(range.Groups[2].Value), range.Groups[3].Value);
        }

        var m = DateRegex().Match(timex);
        if (!m.Success)
        {
            return c.Value is { } v ? Day(v) : null;
        }

        if (m.Groups["y"].Value.Contains('X', StringComparison.Ordinal))
        {
            // Year left open by the text: the recogniser's resolved value places it.
            return c.Value is { } value ? Day(value) with { Value = timex.Length >= 10 ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : timex }
                : c.Start is { } st && c.End is { } en ? FromRange(st, en, "") : null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["d"].Success && m.Groups["mo"].Success)
        {
            return Day(new DateOnly(year, int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)));
        }

        if (m.Groups["mo"].Success)
        {
            var start = new DateOnly(year, int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture), 1);
            return new EventDate { Value = start.ToString("yyyy-MM", CultureInfo.InvariantCulture), Precision = DatePrecision.Month, Start = start, End = start.AddMonths(1).AddDays(-1) };
        }

        if (m.Groups["w"].Success)
        {
            var week = int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
            var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return new EventDate { Value = $"{year:D4}-W{week:D2}", Precision = DatePrecision.Week, Start = start, End = start.AddDays(6) };
        }

        if (m.Groups["q"].Success)
        {
            var q = int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, (q * 3) - 2, 1);
            return new EventDate { Value = $"{year:D4}-Q{q}", Precision = DatePrecision.Quarter, Start = start, End = start.AddMonths(3).AddDays(-1) };
        }

        if (m.Groups["s"].Success)
        {
            var (from, to) = m.Groups["s"].Value switch
            {
                "SP" => (3, 5), "SU" => (6, 8), "FA" => (9, 11), _ => (12, 14),
            };
            var start = new DateOnly(year, from, 1);
            return new EventDate { Value = $"{year:D4}-{m.Groups["s"].Value}", Precision = DatePrecision.Season, Start = start, End = start.AddMonths(to - from + 1).AddDays(-1) };
        }

        return Year(year);
    }

    private static EventDate FromRange(DateOnly start, DateOnly endExclusive, string duration)
    {
        var end = endExclusive.AddDays(-1);
        if (duration == "P10Y" && start.Year % 10 == 0 && start.Month == 1 && start.Day == 1)
        {
            return new EventDate { Value = (start.Year / 10).ToString(CultureInfo.InvariantCulture), Precision = DatePrecision.Decade, Start = start, End = end };
        }

        if (duration == "P3M" && start.Day == 1 && (start.Month - 1) % 3 == 0)
        {
            var q = ((start.Month - 1) / 3) + 1;
            return new EventDate { Value = $"{start.Year:D4}-Q{q}", Precision = DatePrecision.Quarter, Start = start, End = end };
        }

        if (start.Day == 1 && start.Month == 1 && end == new DateOnly(start.Year, 12, 31))
        {
            return Year(start.Year);
        }

        if (start.Day == 1 && end == start.AddMonths(1).AddDays(-1))
        {
            return new EventDate { Value = start.ToString("yyyy-MM", CultureInfo.InvariantCulture), Precision = DatePrecision.Month, Start = start, End = end };
        }

        return new EventDate
        {
            Value = $"{start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            Precision = DatePrecision.Day, Start = start, End = end,
        };
    }

    private static EventDate ApplyMod(EventDate date, string? mod) => mod switch
    {
        "before" or "until" => date with { Relation = DateRelation.Before, Start = null },
        "after" or "since" => date with { Relation = DateRelation.After, End = null },
        "approx" or "before-end" or "after-start" or "after-mid" or "before-mid" => date with { Approximate = true },
        _ => date,
    };

    private static EventDate Day(DateOnly d) => new()
    {
        Value = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = d, End = d,
    };

    private static EventDate Year(int year) => new()
    {
        Value = year.ToString("D4", CultureInfo.InvariantCulture), Precision = DatePrecision.Year,
        Start = new DateOnly(year, 1, 1), End = new DateOnly(year, 12, 31),
    };

    private static DateOnly Parse(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\((\d{4}-\d\d-\d\d)(?:T[\d:]+)?,(\d{4}-\d\d-\d\d)(?:T[\d:]+)?,(P[^)]*)\)$")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"^(?<y>[\dX]{4})(?:-(?:(?<mo>[\dX]{2})(?:-(?<d>[\dX]{2}))?|W(?<w>\d\d)|Q(?<q>[1-4])|(?<s>SP|SU|FA|WI)))?(?:T.*)?$")]
    private static partial Regex DateRegex();
}
