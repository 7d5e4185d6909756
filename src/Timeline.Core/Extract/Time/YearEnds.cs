using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// "By year-end", "at year's end", "since year-end": the end of the document's year (DATE, mod END), the end
/// of the year before after "since". Used as an adjective ("year-end bonuses") it names no time and is left out.
/// </summary>
public static partial class YearEnds
{
    public static IEnumerable<Timex3> Find(string text, DateOnly? documentDate)
    {
        if (documentDate is not { } dct || !Mentions(text)) yield break;
        foreach (Match m in YearEndRegex().Matches(text))
        {
            var year = m.Groups["since"].Success ? dct.Year - 1 : dct.Year;
            var approx = m.Groups["approx"].Success;
            var start = approx ? m.Groups["approx"].Index : m.Groups["end"].Index;
            yield return new Timex3
            {
                Start = start,
                Text = text[start..(m.Index + m.Length)],
                Type = "DATE",
                Value = year.ToString("D4", CultureInfo.InvariantCulture),
                Mod = approx ? "APPROX" : "END",
            };
        }
    }

    // Every match holds one of these: most documents hold none, and are spared the regex (and, in a process that meets
    // none, its JIT, which cost more than all its matching).
    internal static bool Mentions(string text) =>
        text.Contains("year-end", StringComparison.Ordinal) || text.Contains("year's end", StringComparison.Ordinal) || text.Contains("year end", StringComparison.Ordinal);

    // Only after a preposition and before no noun: "by year-end." but not "year-end net was".
    [GeneratedRegex(@"\b(?:(?<since>[Ss]ince)|[Bb]y|[Aa]t|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter|[Nn]ear|[Tt]owards?|[Ff]rom|(?<approx>around|about))\s+(?<end>(?:the\s+)?year(?:-end|'s end| end))(?![\w-])(?!\s+(?:\d|[a-z]))")]
    private static partial Regex YearEndRegex();
}
