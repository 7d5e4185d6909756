namespace Timeline.Extract.Events;

/// <summary>
/// "BP paid $1bn into the fund, the company said", "..., said a spokesman for the agency": news puts the source after
/// the clause it reports, behind a comma. The reported clause stands before that comma. Pure.
/// </summary>
public static class PostposedAttribution
{
    private const int MaxSpeakerWords = 8;

    /// <summary>
    /// The comma that opens the attribution whose reporting verb is at <paramref name="report"/>: the words between them
    /// name the speaker ("the company", "BP spokesman Toby Odone", "officials") or nothing ("said the company"). -1 when
    /// the saying is not set off after a clause.
    /// </summary>
    public static int CommaBefore(IReadOnlyList<string> words, IReadOnlyList<string> tags, int report)
    {
        if (report <= 1 || report >= words.Count) return -1;
        for (var k = report - 1; k > 0 && report - k - 1 <= MaxSpeakerWords; k--)
        {
            if (words[k] == ",") return k;
            // A speaker names someone; a verb other than an auxiliary between the comma and the saying means another clause.
            if (tags[k].StartsWith("VB", StringComparison.Ordinal) && words[k].ToLowerInvariant() is not ("has" or "have" or "had")) return -1;
        }

        return -1;
    }
}
