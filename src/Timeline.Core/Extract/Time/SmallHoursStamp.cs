using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// A wire story stamped in the small hours of its own date ("LONDON | Wed Apr 29, 2009 12:20 am BST LONDON (Reuters) - The Foreign
/// Office advised ... on Tuesday"): it was written the evening before, and its "today", "on Tuesday" and "later on Tuesday" count
/// from that day. Only a stamp that opens the text, carries the article's own date and a clock time before
/// <see cref="LastNightHour"/> in the morning does so, and not on a Monday (see <see cref="WrittenOn"/>). Pure.
/// </summary>
public static partial class SmallHoursStamp
{
    /// <summary>How many characters from the start the stamp may stand: it opens the story, after a dateline.</summary>
    public const int Opening = 120;

    /// <summary>A stamp before this hour (in the morning) was filed in the night.</summary>
    public const int LastNightHour = 3;

    /// <summary>The day before <paramref name="published"/> when the text opens with a stamp of that date in the small hours; else null.</summary>
    public static DateOnly? WrittenOn(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = StampRegex().Match(text.Length > Opening ? text[..Opening] : text);
        // Only a dateline may stand before it ("LONDON |"), never a sentence.
        if (!m.Success || text.AsSpan(0, m.Index).IndexOfAny('.', '!', '?') >= 0) return null;
        var month = DatedEntries.Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture) % 12;
        if (month == 0 || day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day) != published) return null;
        // Filed early on a Monday, it was written on the Sunday, when the writer's "last week" is the week just ending, not the
        // calendar's week before it; the Monday is kept, as its weekdays read the same from either day.
        return hour < LastNightHour && published.DayOfWeek != DayOfWeek.Monday ? published.AddDays(-1) : null;
    }

    // "Wed Apr 29, 2009 12:20 am BST", "Monday, April 27, 2009 1:05 a.m. EDT": the clock in the morning, with its zone.
    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2}),\s+(?<year>\d{4}),?\s+(?<hour>\d{1,2}):\d\d\s?(?:am|a\.m\.)\s+(?:BST|GMT|CET|CEST|UTC|EST|EDT|CST|CDT|PST|PDT)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StampRegex();
}
