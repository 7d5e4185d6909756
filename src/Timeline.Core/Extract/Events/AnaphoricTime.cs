using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Times that count from the story's own time, not from the day it was written: "a year earlier", "two days later", "two hours later",
/// "the next day", "the previous year", "the day before". The recogniser counts them from the article date, which puts a
/// 2005 notice in 2009 and a resignation two days after publication. They date an event only from the time the text
/// last named before them, in the same sentence or the one before (in whatever paragraph), and no more precisely than that
/// time or their own unit; with none, or with a count the text does not give ("weeks later"), they date nothing. Pure.
/// </summary>
public static partial class AnaphoricTime
{
    /// <summary>Whether the expression counts from another time the text gives.</summary>
    public static bool IsAnaphoric(string text) => CountedRegex().IsMatch(text.Trim()) || NeighbourRegex().IsMatch(text.Trim());

    /// <summary>The date <paramref name="text"/> names counted from <paramref name="anchor"/>, or null when it gives no count.</summary>
    public static EventDate? From(string text, EventDate anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.Start is not { } start || anchor.Relation != DateRelation.On || anchor.Precision < DatePrecision.Year) return null;
        var (count, unit, sign) = Read(text.Trim());
        if (count <= 0) return null;
        var shifted = unit switch
        {
            // "pronounced dead two hours later": within the day of the time counted from, unless the hours cross midnight.
            "minute" or "hour" => start,
            "day" => start.AddDays(sign * count),
            "week" => start.AddDays(sign * count * 7),
            "month" => start.AddMonths(sign * count),
            "decade" => start.AddYears(sign * count * 10),
            _ => start.AddYears(sign * count),
        };
        var own = unit switch { "minute" or "hour" or "day" => DatePrecision.Day, "week" => DatePrecision.Week, "month" => DatePrecision.Month, _ => DatePrecision.Year };
        // Counting days from a month gives no more than a month; counting years from a day gives a year.
        var precision = anchor.Precision < own ? Coarser(anchor.Precision) : own;
        var value = precision switch
        {
            DatePrecision.Day => shifted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Week => $"{ISOWeek.GetYear(shifted.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(shifted.ToDateTime(TimeOnly.MinValue)):D2}",
            DatePrecision.Month => shifted.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => shifted.Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        // Some hours later may be the next day; minutes and an hour or two keep the day.
        var crossesDay = (unit == "hour" && count > MaxHoursSameDay) || (unit == "minute" && count > MaxHoursSameDay * 60);
        return TimexResolver.FromValue(value, null) is { } date ? date with { Approximate = anchor.Approximate || unit == "decade" || crossesDay } : null;
    }

    private const int MaxHoursSameDay = 3;

    private static DatePrecision Coarser(DatePrecision p) => p >= DatePrecision.Month ? DatePrecision.Month : DatePrecision.Year;

    private static (int Count, string Unit, int Sign) Read(string text)
    {
        var m = CountedRegex().Match(text);
        if (m.Success)
        {
            var sign = m.Groups["dir"].Value.ToLowerInvariant() is "later" or "after" or "on" ? 1 : -1;
            return (Count(m.Groups["n"].Value), m.Groups["unit"].Value.ToLowerInvariant(), sign);
        }

        m = NeighbourRegex().Match(text);
        if (!m.Success) return (0, "", 0);
        var word = (m.Groups["rel"].Success ? m.Groups["rel"].Value : m.Groups["dir"].Value).ToLowerInvariant();
        return (1, m.Groups["unit"].Value.ToLowerInvariant(), word is "previous" or "preceding" or "before" ? -1 : 1);
    }

    private static int Count(string n) => n.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
        "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var k) => k,
        _ => 0,
    };

    [GeneratedRegex(@"^(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|several|a\s+few|few|some)\s+)?(?<unit>minute|hour|day|week|month|year|decade)s?\s+(?<dir>earlier|later|before|after|previously|on)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedRegex();

    [GeneratedRegex(@"^the\s+(?:(?<rel>previous|preceding|following|next)\s+(?<unit>day|week|month|year)|(?<unit>day|week|month|year)\s+(?<dir>before|after))$", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourRegex();
}
