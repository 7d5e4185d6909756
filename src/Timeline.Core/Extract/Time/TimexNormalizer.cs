using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>Maps one recogniser mention to a TIMEX3 type and value (TimeML conventions).</summary>
public static partial class TimexNormalizer
{
    public static Timex3? Normalize(TimeMention mention, DateOnly? documentDate)
    {
        if (mention.Candidates.Count == 0) return null;
        var candidate = mention.Candidates.Count > 1 && documentDate is not null
            ? mention.Candidates.OrderBy(c => c.Value ?? c.Start ?? DateOnly.MinValue).First()
            : mention.Candidates[0];
        var type = mention.Kind switch
        {
            "duration" => "DURATION",
            "set" => "SET",
            "time" or "timerange" or "datetime" or "datetimerange" when candidate.Timex.Contains('T', StringComparison.Ordinal) => "TIME",
            _ => "DATE",
        };
        var value = Value(candidate, type);
        return new Timex3 { Start = mention.Start, Text = mention.Text, Type = type, Value = value };
    }

    private static string Value(TimexCandidate c, string type)
    {
        var timex = c.Timex;
        if (type is "DURATION" or "SET") return timex;
        var range = RangeRegex().Match(timex);
        if (range.Success) return timex;
        if (timex.StartsWith("XXXX", StringComparison.Ordinal) && c.Value is { } v)
        {
            return v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + timex[10..];
        }

        return timex;
    }

    [GeneratedRegex(@"^\((.+),(.+),(P.+)\)$")]
    private static partial Regex RangeRegex();
}
