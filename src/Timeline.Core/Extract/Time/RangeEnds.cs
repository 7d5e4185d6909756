using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// TimeML annotates each end of "from Sept. 14 to Thursday", "this year through Oct. 19" or
/// "between now and Feb. 10" as its own expression; the recogniser reads the whole as one range.
/// </summary>
public static partial class RangeEnds
{
    /// <summary>The two ends of a range phrase as (start, length) within it, or null when it is not one.</summary>
    public static ((int Start, int Length) First, (int Start, int Length) Second)? Split(string phrase)
    {
        var m = RangeRegex().Match(phrase);
        if (!m.Success) return null;
        var a = m.Groups["a"];
        var b = m.Groups["b"];
        return ((a.Index, a.Length), (b.Index, b.Length));
    }

    [GeneratedRegex(@"^(?:from\s+|between\s+)?(?<a>\S.*?)\s+(?:to|through|thru|until|till|and)\s+(?<b>\S.*?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeRegex();
}
