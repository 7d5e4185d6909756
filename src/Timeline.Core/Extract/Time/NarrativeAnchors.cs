using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Anaphoric expressions point at the time the narrative is at, not at the document date: "later that
/// year", "the following month", "that quarter", "earlier that day", "the previous Friday" take their value from the last date
/// the text stated before them. Without such a date they keep the document-based reading.
/// </summary>
public static partial class NarrativeAnchors
{
    public static List<Timex3> Resolve(string text, List<Timex3> timexes)
    {
        var result = new List<Timex3>(timexes);
        foreach (Match m in AnaphorRegex().Matches(text))
        {
            var overlapping = result.FindAll(t => t.Start < m.Index + m.Length && m.Index < t.End);
            if (!overlapping.TrueForAll(t => t.Start >= m.Index && t.End <= m.Index + m.Length)) continue;
            // "in June of that year": the month is of the year the anaphor points at; it is no date the narrative was at before it.
            var owned = result.FindLast(t => t.End <= m.Index && OfRegex().IsMatch(text.AsSpan(t.End, m.Index - t.End)));
            var reference = result.LastOrDefault(t => t.End <= m.Index && t != owned && t.Type == "DATE" && ExplicitDateRegex().IsMatch(t.Value));
            if (reference is null || Shift(reference.Value, m) is not { } value)
            {
                continue;
            }

            result.RemoveAll(overlapping.Contains);
            result.Add(new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = value });
            if (owned is not null && value.Length == 4 && owned.Type == "DATE" && MonthOrSeasonRegex().IsMatch(owned.Value))
            {
                result[result.IndexOf(owned)] = owned with { Value = value + owned.Value[4..] };
            }

            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return result;
    }

    private static string? Shift(string reference, Match m)
    {
        if (m.Groups["weekday"].Success)
        {
            // "the previous Friday": the last such day before the one the narrative is at.
            if (reference.Length < 10 || reference[5] == 'Q') return null;
            var at = DateOnly.ParseExact(reference[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var wanted = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)at.DayOfWeek - (int)wanted + 7) % 7;
            return at.AddDays(back == 0 ? -7 : -back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var step = m.Groups["next"].Success ? 1 : m.Groups["prev"].Success ? -1 : 0;
        var year = int.Parse(reference[..4], CultureInfo.InvariantCulture);
        switch (unit)
        {
            case "year":
                return (year + step).ToString("D4", CultureInfo.InvariantCulture);
            case "month" when reference.Length >= 7 && reference[5] != 'Q':
                var month = new DateOnly(year, int.Parse(reference[5..7], CultureInfo.InvariantCulture), 1).AddMonths(step);
                return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            case "quarter" when step == 0 && reference.Length >= 7:
                var q = reference[5] == 'Q' ? reference[6] - '0' : ((int.Parse(reference[5..7], CultureInfo.InvariantCulture) - 1) / 3) + 1;
                return $"{year:D4}-Q{q}";
            case "day" when reference.Length >= 10 && reference[5] != 'Q':
                var day = DateOnly.ParseExact(reference[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(step);
                return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    // "that day" alone is often not a time expression ("trades made that day"); with "later", "earlier" or
    // "same" it is. Years, months and quarters are.
    [GeneratedRegex(@"\b(?:(?:[Ll]ater|[Ee]arlier) that (?<unit>day|month|year)|(?:[Tt]hat|[Tt]he) same (?<unit>day|month|year)|[Tt]hat (?<unit>year|month|quarter)|[Tt]he (?:(?<next>following)|(?<prev>previous|preceding)) (?<unit>year|month)|[Tt]he (?:previous|preceding) (?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!-)")]
    private static partial Regex AnaphorRegex();

    [GeneratedRegex(@"^\d{4}(?:-(?:\d\d|Q\d))?(?:-\d\d)?(?:T.*)?$")]
    private static partial Regex ExplicitDateRegex();

    // What joins a part of a year to the year it is of: "June of that year", "the summer of that year".
    [GeneratedRegex(@"^\s+of\s+$")]
    private static partial Regex OfRegex();

    // A month, a season or a quarter of some year, whose year may be replaced: "2009-06", "2009-SU", "2009-Q3".
    [GeneratedRegex(@"^\d{4}-(?:\d\d|SP|SU|FA|WI|Q\d)$")]
    private static partial Regex MonthOrSeasonRegex();
}
