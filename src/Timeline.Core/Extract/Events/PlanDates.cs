using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// A plan lies after the time of writing: "will meet Obama on Wednesday" in a Monday article is the Wednesday to come,
/// though a bare weekday read alone may be resolved to the one just past. Pure.
/// </summary>
public static partial class PlanDates
{
    /// <summary>The date of a planned event moved to the first such weekday on or after <paramref name="published"/>.</summary>
    public static EventDate Forward(EventDate date, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date is not { Precision: DatePrecision.Day, Relation: DateRelation.On, Start: { } start, Text: { } text } || start >= published
            || !WeekdayRegex().IsMatch(text.Trim())) return date;
        var days = (published.DayNumber - start.DayNumber + 6) / 7 * 7;
        var moved = start.AddDays(days);
        return date with { Start = moved, End = moved, Value = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    // A weekday named alone: "Wednesday", "on Wednesday", "this Wednesday"; "last Wednesday" says which one it is.
    [GeneratedRegex(@"^(?:on\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();
}
