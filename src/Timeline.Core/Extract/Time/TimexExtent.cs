using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Adjusts a recogniser's extent to TimeML's: signals such as "since", "by", "in" stay outside the
/// TIMEX3; approximators ("nearly", "about", "at least"), period parts ("the end of", "the early")
/// and, on phrases that count or measure periods, the article are inside.
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

        if (text[start..end].StartsWith("the ", StringComparison.OrdinalIgnoreCase) && AdjectivalRegex().IsMatch(text[(start + 4)..end]))
        {
            start += 4; // "the third-quarter results": the article belongs to "results"
        }

        for (var guard = 0; guard < 3; guard++)
        {
            var from = WordsBefore(text, start);
            var before = text[from..start];
            var part = PeriodPartRegex().Match(before);
            if (part.Success && (part.Value.Contains(" of", StringComparison.Ordinal) || DecadeRegex().IsMatch(text[start..end])))
            {
                start = from + part.Index;
                continue;
            }

            var approximator = ApproximatorRegex().Match(before);
            if (approximator.Success)
            {
                start = from + approximator.Index;
                continue;
            }

            var article = PrecedingRegex().Match(before);
            var current = text[start..end];
            if (article.Success && (article.Value.Contains("fiscal", StringComparison.OrdinalIgnoreCase) || UnitPhraseRegex().IsMatch(current)) && !current.Contains('-', StringComparison.Ordinal))
            {
                start = from + article.Index;
                continue;
            }

            break;
        }

        var orSo = OrSoRegex().Match(text, end);
        if (orSo.Success && orSo.Index == end) end += orSo.Length;

        return start == mention.Start && end == mention.End ? mention : mention with { Start = start, Text = text[start..end] };
    }

    /// <summary>Words read before an expression for a period part, an approximator or an article: more than the longest.</summary>
    internal const int WordsRead = 6;

    // The phrases that join an expression from the left are at most four words ("a little more than", "the first
    // half of"), each starting at a word boundary, so reading the last few words before it finds the same match as
    // reading the whole text before it, without reading every article's text again for each of its expressions.
    // The words read start after white space (or at the start), so "\b" sees what it saw in the whole text.
    internal static int WordsBefore(string text, int at)
    {
        var i = at;
        for (var n = 0; n < WordsRead && i > 0; n++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }

        return i;
    }

    [GeneratedRegex(@"(?:by|since|until|till|in|from|after|before|during|for|on|at|of|through|throughout|over|within|about|around|as of|as early as|as late as|no later than)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSignalRegex();

    [GeneratedRegex(@"^[\w']+-(?:quarter|year|month|week|day|half|period)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectivalRegex();

    // Only phrases that measure, count or point at periods take the article: "the nine months", "the past year",
    // "the previous Friday", not "the Oct. 23 meeting".
    [GeneratedRegex(@"^(?:(?:first|past|last|next|latest|full|same|previous|prior|following|current|coming|final|early|late|\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few)\b[\s\w]*\b)?(?:weeks?|months?|(?:fiscal\s+)?years?|quarters?|days?|hours?|decades?|century|weekend|period|half|summer|winter|spring|fall|autumn|season|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPhraseRegex();

    [GeneratedRegex(@"\b(?:the\s+(?:(?:first|past|last|latest|fiscal)\s+)?|fiscal\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrecedingRegex();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|beginning|start|middle|close|first half|second half|last half|latter half|turn)\s+of\s+|(?:the\s+)?(?:early|late|mid)(?:\s+|-))$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPartRegex();

    [GeneratedRegex(@"\b(?:nearly|almost|approximately|roughly|at least|at most|more than|less than|no more than|no less than|fewer than|up to|a little more than)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximatorRegex();

    [GeneratedRegex(@"^(?:the\s+)?'?\d{2,4}s$")]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(@"\s+or so\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrSoRegex();
}
