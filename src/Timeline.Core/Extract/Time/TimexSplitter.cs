using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// TimeML annotates each end of "between 1994 and 1997" or "from 1991 to 1997" as its own date, and
/// "the first nine months of 1997" as a duration and a year: the recogniser's one range becomes two. "On Tuesday from three to
/// four" is a day and the figures of a change, which the recogniser reads as an hour range.
/// </summary>
public static partial class TimexSplitter
{
    public static IEnumerable<TimeMention> Split(string text, TimeMention mention)
    {
        var years = YearRangeRegex().Match(mention.Text);
        if (years.Success)
        {
            yield return Year(mention, years.Groups["a"]);
            yield return Year(mention, years.Groups["b"]);
            yield break;
        }

        var partOf = PeriodOfYearRegex().Match(mention.Text);
        if (partOf.Success && mention.Candidates.Count > 0 && DurationRegex().Match(mention.Candidates[0].Timex) is { Success: true } d)
        {
            var period = partOf.Groups["period"];
            yield return new TimeMention
            {
                Start = mention.Start + period.Index, Text = period.Value, Kind = "duration",
                Candidates = [new TimexCandidate { Timex = d.Value.TrimEnd(')') }],
            };
            yield return Year(mention, partOf.Groups["y"]);
            yield break;
        }

        // "raised its alert level on Tuesday from three to four": bare numbers after a day, with no "a.m.", "p.m." or "o'clock",
        // are the figures of a change, not the hours of the day; the time is the day alone.
        // "raised its alert on April 29 to 5": a day followed by a bare figure the recogniser reads as a range ending
        // before it begins (April 29 to April 5). No range runs backwards: the figure is the new level, the time the day.
        if ((DayBeforeFigures(mention, DayThenFiguresRegex(), ClockRangeRegex()) ?? DayBeforeFigures(mention, DayThenFigureRegex(), BackwardsRangeRegex())) is { } day)
        {
            yield return day;
            yield break;
        }

        yield return mention;
    }

    // The day alone, when the words are a day and figures (<paramref name="words"/>) and every reading is the recogniser's misreading of
    // them (<paramref name="misread"/>, whose "date" group is the day's timex).
    private static TimeMention? DayBeforeFigures(TimeMention mention, Regex words, Regex misread)
    {
        var m = words.Match(mention.Text);
        if (!m.Success || mention.Candidates.Count == 0 || !mention.Candidates.TrueForAll(c => misread.IsMatch(c.Timex) && c.Start is not null)) return null;
        var day = m.Groups["day"];
        return new TimeMention
        {
            Start = mention.Start + day.Index, Text = day.Value, Kind = "date",
            Candidates = [.. mention.Candidates.Select(c => (Timex: misread.Match(c.Timex).Groups["date"].Value, Day: c.Start!.Value)).Distinct()
                .Select(c => new TimexCandidate { Timex = c.Timex, Value = c.Day })],
        };
    }

    private static TimeMention Year(TimeMention mention, Group year)
    {
        var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
        return new TimeMention
        {
            Start = mention.Start + year.Index, Text = year.Value, Kind = "daterange",
            Candidates = [new TimexCandidate { Timex = year.Value, Start = new DateOnly(y, 1, 1), End = new DateOnly(y + 1, 1, 1) }],
        };
    }

    [GeneratedRegex(@"^(?:between|from)?\s*(?<a>\d{4})\s*(?:and|to|through|until|-|–)\s*(?<b>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRangeRegex();

    [GeneratedRegex(@"^(?<period>(?:the\s+)?(?:first|past|last|final)\s+(?:\w+\s+)?(?:months|weeks|quarters|days))\s+of\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfYearRegex();

    [GeneratedRegex(@"^(?<day>.+?)\s+from\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+to\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", RegexOptions.IgnoreCase)]
    private static partial Regex DayThenFiguresRegex();

    [GeneratedRegex(@"^(?:on\s+)?(?<day>.+?)\s+(?:to|through|until)\s+\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DayThenFigureRegex();

    // A day range whose length is negative: "(XXXX-04-29,XXXX-04-05,P-24D)".
    [GeneratedRegex(@"^\((?<date>[^,T]+),[^,T]+,P-\d+D\)$")]
    private static partial Regex BackwardsRangeRegex();

    // The recogniser's reading of such a phrase as an hour range on that day: "(XXXX-WXX-2T03,XXXX-WXX-2T04,PT1H)".
    [GeneratedRegex(@"^\((?<date>[^,T]+)T\d\d,[^,T]+T\d\d,PT\d+H\)$")]
    private static partial Regex ClockRangeRegex();

    [GeneratedRegex(@"P\d+[YMWDQ]\)?$")]
    private static partial Regex DurationRegex();
}
