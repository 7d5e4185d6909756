using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Business-news years in TimeML's terms: "the year ended March 31" measures a twelve-month period
/// (DURATION P1Y); "the full year" is the year the report is about (DATE); a fiscal year is written as the plain year ("the current fiscal year" is 1989,
/// "the latest fiscal year" the last completed one), never as the recogniser's FY1989.
/// </summary>
public static partial class FiscalYears
{
    public static Timex3 Revise(Timex3 timex, string text, DateOnly? documentDate)
    {
        if (FullYearRegex().IsMatch(timex.Text) && documentDate is { } reported)
        {
            // "Sales for the full year", "forecast growth for the full year": the year the report is about, a DATE.
            var reportYear = Periods.ReportedQuarter(reported, text).Year;
            return timex with { Type = "DATE", Value = reportYear.ToString("D4", CultureInfo.InvariantCulture), Mod = null };
        }

        if (timex.Type == "DURATION") return timex;
        var after = text[timex.End..Math.Min(text.Length, timex.End + 20)];
        if (YearRegex().IsMatch(timex.Text) && EndedRegex().IsMatch(after))
        {
            return timex with { Type = "DURATION", Value = "P1Y", Mod = null };
        }

        var fiscal = FiscalValueRegex().Match(timex.Value);
        if (!fiscal.Success) return timex;
        if (fiscal.Groups[1].Value != "XXXX") return timex with { Value = fiscal.Groups[1].Value };
        if (documentDate is not { } dct) return timex with { Value = "XXXX" };
        var year = LatestRegex().IsMatch(timex.Text) ? dct.Year - 1 : dct.Year;
        return timex with { Value = year.ToString("D4", CultureInfo.InvariantCulture) };
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:fiscal\s+)?year$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"^,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedRegex();

    [GeneratedRegex(@"^the full (?:fiscal )?year$", RegexOptions.IgnoreCase)]
    private static partial Regex FullYearRegex();

    [GeneratedRegex(@"^FY(\d{4}|XXXX)$")]
    private static partial Regex FiscalValueRegex();

    [GeneratedRegex(@"\b(?:latest|last|previous|prior|past)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestRegex();
}
