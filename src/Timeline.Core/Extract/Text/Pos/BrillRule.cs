using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>One of en-pos's Brill rules: change From to To when the condition holds around the token.</summary>
internal sealed record BrillRule
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required BrillCondition Condition { get; init; }

    /// <summary>The condition's arguments; null where en-pos's rule leaves them undefined.</summary>
    public string? C1 { get; init; }

    public string? C2 { get; init; }

    public string? C3 { get; init; }

    public Regex? Pattern { get; init; }

    /// <summary>Apply only when the lexicon does not know the word or lists To among its tags.</summary>
    public required bool Verify { get; init; }

    /// <summary>Skipped in the first of the two passes.</summary>
    public required bool SecondRun { get; init; }

    public static IReadOnlyList<BrillRule> LoadAll() =>
        PosResources.Rows("pos-brill-rules.tsv").Skip(1).Select(Parse).ToList().AsReadOnly();

    private static BrillRule Parse(string[] r) => new()
    {
        From = r[0],
        To = r[1],
        Condition = ParseCondition(r[2]),
        C1 = NullIfEmpty(r[3]),
        C2 = NullIfEmpty(r[4]),
        C3 = NullIfEmpty(r[5]),
        // en-pos's regexes are JavaScript ones: ECMAScript keeps \d and \w to ASCII.
        Pattern = r[6].Length == 0 ? null : new Regex(r[6], RegexOptions.ECMAScript),
        Verify = r[7] == "1",
        SecondRun = r[8] == "1",
    };

    private static BrillCondition ParseCondition(string name) =>
        Enum.GetValues<BrillCondition>().Single(c => string.Equals(c.ToString(), name, StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
