using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Quarter references of business news that the recogniser does not resolve: "the quarter" and "the
/// latest quarter" (the last completed one), "the current quarter", "the year-earlier quarter".
/// </summary>
public static partial class PeriodWords
{
    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth"];

    public static IEnumerable<Timex3> Find(string text, DateOnly? documentDate)
    {
        if (documentDate is not { } dct) yield break;
        foreach (Match m in QuarterRegex().Matches(text))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var (year, quarter) = which is "current" or "this" ? Periods.QuarterOf(dct) : Periods.ReportedQuarter(dct, text);
            if (m.Groups["ago"].Success) year--;
            var nth = Array.IndexOf(Ordinals, m.Groups["nth"].Value.ToLowerInvariant());
            if (nth > 0) quarter = nth;
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = $"{year:D4}-Q{quarter}" };
        }
    }

    /// <summary>"The 1988 period", "the 1988 quarter": the reported quarter of that year.</summary>
    public static IEnumerable<Timex3> FindYearQuarter(string text, DateOnly? documentDate)
    {
        if (documentDate is not { } dct) yield break;
        foreach (Match m in YearQuarterRegex().Matches(text))
        {
            var (_, quarter) = Periods.ReportedQuarter(dct, text);
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = $"{m.Groups[1].Value}-Q{quarter}" };
        }
    }

    /// <summary>"year-earlier" and "year-ago" used as adjectives: the same period a year before.</summary>
    public static IEnumerable<Timex3> FindYearAgo(string text, DateOnly? documentDate, bool quarterDocument)
    {
        if (documentDate is not { } dct) yield break;
        foreach (Match m in YearAgoRegex().Matches(text))
        {
            var (year, quarter) = Periods.ReportedQuarter(dct, text);
            var value = quarterDocument ? $"{year - 1:D4}-Q{quarter}" : (dct.Year - 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = value };
        }
    }

    [GeneratedRegex(@"\b[Tt]he ((?:19|20)\d\d) (?:quarter|period)\b")]
    private static partial Regex YearQuarterRegex();

    [GeneratedRegex(@"(?<![\w-])(?:year-earlier|year-ago)(?= (?!quarter|period)\w)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAgoRegex();

    [GeneratedRegex(@"\b[Tt]he (?:(?<which>latest|most recent|recent|current|this|same|fiscal|just-ended|just-completed) )?(?:(?<ago>year-earlier|year-ago|comparable year-ago|comparable year-earlier) )?(?:(?<nth>first|second|third|fourth|fiscal) )?(?:quarter|period)\b(?! of\b)(?!ly)(?<=quarter|(?:latest|most recent|recent|just-ended) period)|\b[Tt]he (?<ago>year-earlier|year-ago) period\b")]
    private static partial Regex QuarterRegex();
}
