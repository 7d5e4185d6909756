using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Drops what the recogniser finds but TimeML does not annotate: the modal "may", the verb "march",
/// adjectival lengths ("a 6-year note"), fractions ("5 7/8"), bare numbers read as clock times, and the words of a name
/// ("21st Century Fox").
/// </summary>
public static partial class TimexFilter
{
    public static bool IsSpurious(TimeMention mention) => IsSpurious(mention, "");

    /// <summary>Also looks at the words around the mention in <paramref name="document"/>.</summary>
    public static bool IsSpurious(TimeMention mention, string document)
    {
        var text = mention.Text;
        if (document.Length > 0)
        {
            var after = document[mention.End..Math.Min(document.Length, mention.End + 12)];
            var lineStart = document.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
            var before = document[Math.Max(lineStart, mention.Start - 40)..mention.Start];
            if (AgeRegex().IsMatch(after)) return true; // "37 years old" is an age
            if (BareNumberRegex().IsMatch(text) && QuantityRegex().IsMatch(after)) return true; // "14 million shares"
            // "a two-year strategy" is a duration; "6-year notes" in a bond listing names a security.
            if (AdjectivalLengthRegex().IsMatch(text)) return SecurityRegex().IsMatch(after);
            if (RateRegex().IsMatch(text) && RateBeforeRegex().IsMatch(before)) return true; // "four flights a week" is a rate
            // "21st Century Fox", "the Twentieth Century Fund": a unit of time is a common noun, written in capitals only as a word of
            // a name; after a number and before another capitalised word it names a firm or a body, not a time.
            if (NamedUnitRegex().IsMatch(text) && NameGoesOnRegex().IsMatch(after)) return true;
        }

        return AmbiguousWordRegex().IsMatch(text)
            || AdjectivalLengthRegex().IsMatch(text)
            || FractionRegex().IsMatch(text)
            || DecimalRegex().IsMatch(text) // an index level, "2082.1"
            || (mention.Kind is "time" or "datetime" && BareNumberRegex().IsMatch(text))
            || text.Equals("previously", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?:(?:(?:the|this|last|next)\s+)?(?:may|march)|fall|sun|sat|wed|mon|second|seconds|Jan|quarterly|annual|annually|the annual|semiannual|biannual)$")]
    private static partial Regex AmbiguousWordRegex();

    [GeneratedRegex(@"^[\w.]+-(?:years?|months?|weeks?|days?|hours?|minutes?)(?:-old|-long)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectivalLengthRegex();

    [GeneratedRegex(@"^\s*(?:notes?|bonds?|bills?|securities|debentures|certificates|paper|issues?|maturities|CDs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityRegex();

    [GeneratedRegex(@"^(?:\s*|-)old\b")]
    private static partial Regex AgeRegex();

    [GeneratedRegex(@"^an? (?:day|night|week|month|year)$", RegexOptions.IgnoreCase)]
    private static partial Regex RateRegex();

    [GeneratedRegex(@"(?:\d[\d,.]*|\b(?!(?:was|is|has|as|its|his|this|us|thus|does|yes|less|unless|across|across|perhaps)\b)[a-z]+s)\s+$")]
    private static partial Regex RateBeforeRegex();

    [GeneratedRegex(@"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|[A-Z][a-z]+(?:st|nd|rd|th))\s+(?:Century|Millennium|Decade|Year|Month|Week|Day|Night|Morning|Summer|Winter|Spring|Autumn)$")]
    private static partial Regex NamedUnitRegex();

    // The next word goes on with the name: capitalised, and no month or day that would make the phrase a longer time.
    [GeneratedRegex(@"^ (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]")]
    private static partial Regex NameGoesOnRegex();

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex DecimalRegex();

    [GeneratedRegex(@"^\s*(?:million|billion|thousand|percent|%|shares|points|cents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityRegex();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}$")]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|thousand|hundred|\d{1,4})[\s-]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberRegex();
}
