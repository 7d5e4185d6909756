using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// TimeML annotates each end of "between 1994 and 1997" or "from 1991 to 1997" as its own date, and
/// "the first nine months of 1997" as a duration and a year: the recogniser's one range becomes two.
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

        yield return mention;
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

    [GeneratedRegex(@"P\d+[YMWDQ]\)?$")]
    private static partial Regex DurationRegex();
}
