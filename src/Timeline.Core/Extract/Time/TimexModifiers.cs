using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>TimeML's <c>mod</c>: what the words add to a value ("about", "early", "by the end of", "since").</summary>
internal static partial class TimexModifiers
{
    /// <summary>The TimeML mod of a mention, or null: what its words add to the value.</summary>
    public static string? Of(TimeMention m)
    {
        var text = m.Text.ToLowerInvariant();
        if (ModApproxRegex().IsMatch(text)) return "APPROX";
        if (ModStartRegex().IsMatch(text)) return "START";
        if (ModMidRegex().IsMatch(text)) return "MID";
        if (ModEndRegex().IsMatch(text)) return "END";
        if (ModMoreRegex().IsMatch(text)) return "MORE_THAN";
        if (ModLessRegex().IsMatch(text)) return "LESS_THAN";
        return m.Candidates.Count > 0 ? m.Candidates[0].Mod switch
        {
            "before" or "until" => "BEFORE",
            "after" => "AFTER",
            "since" => "ON_OR_AFTER",
            _ => null,
        } : null;
    }

    [GeneratedRegex(@"^(?:nearly|almost|about|around|approximately|roughly|some)\b")]
    private static partial Regex ModApproxRegex();

    [GeneratedRegex(@"^(?:the )?(?:early|beginning of|start of|first half of)\b")]
    private static partial Regex ModStartRegex();

    [GeneratedRegex(@"^(?:the )?(?:mid\b|mid-|middle of)")]
    private static partial Regex ModMidRegex();

    [GeneratedRegex(@"^(?:the )?(?:late|end of|close of|second half of|last half of|latter half of)\b")]
    private static partial Regex ModEndRegex();

    [GeneratedRegex(@"^(?:more than|at least|over|no less than)\b")]
    private static partial Regex ModMoreRegex();

    [GeneratedRegex(@"^(?:less than|at most|under|no more than|up to|fewer than|within)\b")]
    private static partial Regex ModLessRegex();
}
