using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// The day a live blog covers. A blog of timestamped entries ("3.14pm: ...", "6pm CDT: ...") is often put out as one article the
/// day after, under a line that names its day ("All Thursday's live updates as they happened", "Read Thursday's live blog"):
/// its entries, and its "today" and "yesterday", are of that day, not of the day it came out. Pure.
/// </summary>
public static partial class LiveBlogDay
{
    /// <summary>How many characters from the start the line naming the blog's day may stand: it heads the blog.</summary>
    public const int Opening = 1000;

    /// <summary>How many timestamped entries make a text a live blog.</summary>
    public const int Entries = 3;

    /// <summary>
    /// The day before <paramref name="published"/> (within the week gone by) that the blog's opening names as its own, or null
    /// when the text is no live blog, names no day of its own, or names the day it came out.
    /// </summary>
    public static DateOnly? Covered(string text, DateOnly published)
    {
        var named = OwnDayRegex().Match(text.Length > Opening ? text[..Opening] : text);
        if (!named.Success || EntryRegex().Count(text) < Entries) return null;
        var weekday = Enum.Parse<DayOfWeek>(named.Groups["day"].Value, ignoreCase: true);
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return back == 0 ? null : published.AddDays(-back);
    }

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s\s+live\s+(?:updates|blog|coverage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnDayRegex();

    // "3.14pm:", "6.00 pm CDT:", "11:05am BST:": an entry's time opening it.
    [GeneratedRegex(@"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]m(?:\s+[A-Z]{2,4})?:", RegexOptions.CultureInvariant)]
    private static partial Regex EntryRegex();
}
