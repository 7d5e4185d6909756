using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>Years spelt out as in broadcast transcripts: "nineteen ninety-six" is 1996.</summary>
public static partial class SpelledYears
{
    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static IEnumerable<Timex3> Find(string text)
    {
        foreach (Match m in YearRegex().Matches(text))
        {
            var century = m.Groups["c"].Value.ToLowerInvariant() == "nineteen" ? 1900 : 1800;
            var tens = Array.IndexOf(Tens, m.Groups["t"].Value.ToLowerInvariant());
            var unit = m.Groups["u"].Success ? Array.IndexOf(Units, m.Groups["u"].Value.ToLowerInvariant()) : 0;
            if (tens < 2 || unit < 0) continue;
            var year = century + (tens * 10) + unit;
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = year.ToString(CultureInfo.InvariantCulture) };
        }

        // "Two thousand" is a year only where the words say so: "the year two thousand (and one)".
        foreach (Match m in MillenniumRegex().Matches(text))
        {
            var year = 2000 + (m.Groups["u"].Success ? Array.IndexOf(Units, m.Groups["u"].Value.ToLowerInvariant()) : 0);
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = year.ToString(CultureInfo.InvariantCulture) };
        }
    }

    [GeneratedRegex(@"\b[Tt]he year two thousand(?:\s+(?:and\s+)?(?<u>one|two|three|four|five|six|seven|eight|nine))?\b")]
    private static partial Regex MillenniumRegex();

    [GeneratedRegex(@"\b(?<c>[Nn]ineteen|[Ee]ighteen) (?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?\b(?! (?:percent|dollars|million|billion|people|hundred))")]
    private static partial Regex YearRegex();
}
