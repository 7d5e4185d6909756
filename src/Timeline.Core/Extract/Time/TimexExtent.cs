using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Adjusts a recogniser's extent to TimeML's: signals such as "since", "by", "within" and the
/// relative words "earlier"/"later" stay outside the TIMEX3; a leading "the" or "fiscal" is inside.
/// </summary>
public static partial class TimexExtent
{
    public static TimeMention Adjust(string text, TimeMention mention)
    {
        var start = mention.Start;
        var end = mention.End;
        var lead = LeadingSignalRegex().Match(text, start, end - start);
        while (lead.Success && lead.Index == start && lead.Length < end - start)
        {
            start += lead.Length;
            lead = LeadingSignalRegex().Match(text, start, end - start);
        }

        var before = text[..start];
        var article = PrecedingRegex().Match(before);
        if (article.Success && !text[start..end].StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !text[start..end].Contains('-', StringComparison.Ordinal))
        {
            start = article.Index;
        }

        return start == mention.Start && end == mention.End ? mention : mention with { Start = start, Text = text[start..end] };
    }

    [GeneratedRegex(@"(?:by|since|until|till|in|within|around|about|from|after|before|during|for|on|at|of|through|throughout|earlier|later|over|under|as of|as early as|as late as|no later than)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSignalRegex();

    [GeneratedRegex(@"\b(?:the\s+(?:fiscal\s+)?|fiscal\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrecedingRegex();
}
