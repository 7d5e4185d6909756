using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>Calendar periods relative to a document date.</summary>
public static partial class Periods
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>The last quarter that ended before <paramref name="date"/>: the one earnings news reports on.</summary>
    public static (int Year, int Quarter) LastCompletedQuarter(DateOnly date)
    {
        var current = ((date.Month - 1) / 3) + 1;
        return current == 1 ? (date.Year - 1, 4) : (date.Year, current - 1);
    }

    public static (int Year, int Quarter) QuarterOf(DateOnly date) => (date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>
    /// The quarter an earnings report is about: the first quarter the document names ("fourth-quarter net",
    /// the latest such quarter begun by <paramref name="date"/>; fiscal quarters differ from the calendar's),
    /// else the last completed calendar quarter.
    /// </summary>
    public static (int Year, int Quarter) ReportedQuarter(DateOnly date, string document)
    {
        var named = NamedQuarterRegex().Match(document);
        if (!named.Success) return LastCompletedQuarter(date);
        var quarter = Array.IndexOf(Ordinals, named.Groups[1].Value.ToLowerInvariant()) + 1;
        var (year, current) = QuarterOf(date);
        return (quarter <= current ? year : year - 1, quarter);
    }

    [GeneratedRegex(@"\b(first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter\b(?! of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedQuarterRegex();
}
