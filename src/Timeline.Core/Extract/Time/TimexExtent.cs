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
        if (article.Success && UnitPhraseRegex().IsMatch(text[start..end]) && !text[start..end].Contains('-', StringComparison.Ordinal))
        {
            start = article.Index;
        }

        return start == mention.Start && end == mention.End ? mention : mention with { Start = start, Text = text[start..end] };
    }

    [GeneratedRegex(@"(?:by|since|until|till|in|within|around|about|from|after|before|during|for|on|at|of|through|throughout|over|under|as of|as early as|as late as|no later than)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSignalRegex();

    // Only phrases that measure or count periods take the article: "the nine months", "the past year", not "the Oct. 23 meeting".
    [GeneratedRegex(@"^(?:(?:first|past|last|next|latest|full|same|previous|prior|coming|final|early|late|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\b[\s\w]*\b)?(?:weeks?|months?|years?|quarters?|days?|hours?|decades?|weekend|period|half|summer|winter|spring|fall|autumn|season)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPhraseRegex();

    [GeneratedRegex(@"\b(?:the\s+(?:(?:first|past|last|latest|fiscal)\s+)?|fiscal\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrecedingRegex();
}
