using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// "The weekend" of news is the nearest one in the direction of the sentence: a report on a weekday
/// that "officials said over the weekend" means the weekend just past, not the coming one. "The week
/// of March 6" is a week, not a day.
/// </summary>
public static partial class Weekends
{
    public static string Resolve(string value, string text, DateOnly dct, TimexContext context)
    {
        if (WeekOfRegex().IsMatch(text) && DayValueRegex().IsMatch(value))
        {
            // "the week of March 6" is the week that holds March 6.
            var of = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue);
            return $"{ISOWeek.GetYear(of):D4}-W{ISOWeek.GetWeekOfYear(of).ToString("D2", CultureInfo.InvariantCulture)}";
        }

        var m = WeekendValueRegex().Match(value);
        if (!m.Success || !BareWeekendRegex().IsMatch(text)) return value;
        var day = dct.ToDateTime(TimeOnly.MinValue);
        var weekend = dct.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || context.Future ? day : day.AddDays(-7);
        return $"{ISOWeek.GetYear(weekend):D4}-W{ISOWeek.GetWeekOfYear(weekend).ToString("D2", CultureInfo.InvariantCulture)}-WE";
    }

    [GeneratedRegex(@"^(?:the\s+)?week\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekOfRegex();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d$")]
    private static partial Regex DayValueRegex();

    [GeneratedRegex(@"^\d{4}-W\d\d-WE$")]
    private static partial Regex WeekendValueRegex();

    // "last weekend", "next weekend" and "this weekend" already say which.
    [GeneratedRegex(@"^(?:the\s+)?weekend$", RegexOptions.IgnoreCase)]
    private static partial Regex BareWeekendRegex();
}
