using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// "5 1/2 hours" is one duration, PT5H30M (TimeML writes the half in the next smaller unit); the
/// recogniser sees only "1/2 hours". "Mid-afternoon" is the part of the day (TAF), not a clock hour.
/// </summary>
public static partial class HalfUnits
{
    public static Timex3 Revise(Timex3 timex, string text)
    {
        if (timex.Type == "DURATION" && HalfRegex().Match(timex.Value) is { Success: true } half
            && WholeBeforeRegex().Match(text[..timex.Start]) is { Success: true } whole)
        {
            var n = whole.Groups[1].Value;
            var value = half.Groups[1].Value switch
            {
                "PT" when half.Groups[2].Value == "H" => $"PT{n}H30M",
                "PT" when half.Groups[2].Value == "M" => $"PT{n}M30S",
                _ => half.Groups[2].Value switch
                {
                    "Y" => $"P{n}Y6M",
                    "W" => $"P{n}W3DT12H",
                    "D" => $"P{n}DT12H",
                    _ => null,
                },
            };
            if (value is not null)
            {
                return timex with { Start = whole.Index, Text = text[whole.Index..timex.End], Value = value };
            }
        }

        if (timex.Type == "TIME" && MidPartRegex().Match(timex.Text) is { Success: true } part && ClockRegex().Match(timex.Value) is { Success: true } clock)
        {
            var code = part.Groups[1].Value.ToLowerInvariant() switch { "morning" => "TMO", "afternoon" => "TAF", _ => "TEV" };
            return timex with { Value = timex.Value[..clock.Index] + code };
        }

        return timex;
    }

    [GeneratedRegex(@"^(PT?)0\.5([YMWDH])$")]
    private static partial Regex HalfRegex();

    [GeneratedRegex(@"\b(\d{1,3})\s+$")]
    private static partial Regex WholeBeforeRegex();

    [GeneratedRegex(@"\bmid[\s-]?(morning|afternoon|evening)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MidPartRegex();

    [GeneratedRegex(@"T\d\d(?::\d\d)?$")]
    private static partial Regex ClockRegex();
}
