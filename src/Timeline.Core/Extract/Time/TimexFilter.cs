using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Drops what the recogniser finds but TimeML does not annotate: the modal "may", the verb "march",
/// adjectival lengths ("a 6-year note"), fractions ("5 7/8") and bare numbers read as clock times.
/// </summary>
public static partial class TimexFilter
{
    public static bool IsSpurious(TimeMention mention)
    {
        var text = mention.Text;
        return AmbiguousWordRegex().IsMatch(text)
            || AdjectivalLengthRegex().IsMatch(text)
            || FractionRegex().IsMatch(text)
            || (mention.Kind is "time" or "datetime" && BareNumberRegex().IsMatch(text))
            || text.Equals("previously", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?:(?:(?:the|this|last|next)\s+)?(?:may|march)|fall|sun|sat|wed|mon|second|seconds|Jan|quarterly|annual|annually|the annual|semiannual|biannual)$")]
    private static partial Regex AmbiguousWordRegex();

    [GeneratedRegex(@"^[\w.]+-(?:years?|months?|weeks?|days?|hours?|minutes?)(?:-old|-long)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectivalLengthRegex();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}$")]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|thousand|hundred|\d{1,4})[\s-]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberRegex();
}
