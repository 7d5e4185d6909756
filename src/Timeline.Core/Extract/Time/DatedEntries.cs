using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Time;

/// <summary>
/// A page of dated entries, as a wire service's blog is put out ("May 12, 2009 12:28 UTC The National Weather Service has issued
/// flood warnings ...", "Jul 18, 2010 15:26 UTC After a laid-back family getaway ..., in the coming week he will ..."): each entry
/// was written on the day its stamp gives, which may be weeks before the page's own date. Its "on Friday", "in the coming week"
/// and "today" count from that day, and what it tells had happened by then. Pure.
/// </summary>
public static partial class DatedEntries
{
    /// <summary>Where an entry starts, and the day it was written on.</summary>
    public sealed record Entry(int Start, DateOnly Day);

    /// <summary>
    /// The entries of <paramref name="body"/>, in text order, each from a stamp that opens it (at a paragraph's start or after a
    /// sentence's end, the entry's words after it) to the next such stamp; a stamp after <paramref name="published"/> counts as of
    /// that day. Empty unless some entry was written before <paramref name="published"/>: the text then dates as one article.
    /// </summary>
    public static List<Entry> Find(string body, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (published is not { } page) return [];
        var entries = new List<Entry>();
        foreach (var (start, end) in GluedFurniture.Stamps(body).OrderBy(s => s.Start))
        {
            if (!OpensEntry(body, start, end) || Day(body[start..end]) is not { } day) continue;
            if (entries.Count > 0 && entries[^1].Start == start) continue;
            entries.Add(new Entry(start, day < page ? day : page));
        }

        return entries.Exists(e => e.Day < page) ? entries : [];
    }

    // At the start of the text or of a line, or after a sentence's end or a colon; a capital or a quotation mark opens the entry's words.
    private static bool OpensEntry(string body, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && body[before] == ' ') before--;
        if (before >= 0 && body[before] is not ('\n' or '.' or '!' or '?' or ':' or '"' or '”')) return false;
        var after = end;
        while (after < body.Length && body[after] is ' ' or '-' or '–' or '—') after++;
        return after < body.Length && (char.IsUpper(body[after]) || body[after] is '"' or '“' or '\'' or '‘');
    }

    // The stamp's day: "May 12, 2009 12:28 UTC", "Wednesday, May 5, 2010; 12:54 PM", "Monday 20 September 2010 20.07 BST".
    private static DateOnly? Day(string stamp)
    {
        var m = MonthFirstRegex().Match(stamp) is { Success: true } first ? first : DayFirstRegex().Match(stamp);
        if (!m.Success) return null;
        var month = Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) && day >= 1 ? new DateOnly(year, month, day) : null;
    }

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The number (1-12) of a stamp's month, written in full or cut to three letters ("Apr", "April"); 0 for none.</summary>
    internal static int Month(string name) => Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.Ordinal)) + 1;

    [GeneratedRegex(@"(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2}),\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();
}
