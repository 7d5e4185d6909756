using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// Sentences that cannot tell a happening as fact: questions, page furniture (captions, timestamps of live
/// blogs, bylines, "Related" blocks) and run-on text with no sentence shape; and words inside a quotation,
/// which are what someone said, not what the article states. Pure.
/// </summary>
public static partial class HappeningScreen
{
    private const int MaxWords = 70;

    public static bool MayTellEvent(string sentence)
    {
        var text = sentence.TrimEnd();
        if (text.Length == 0 || text.EndsWith('?')) return false;
        if (FurnitureRegex().IsMatch(text)) return false;
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;
    }

    /// <summary>
    /// Background the text places at no time: "has been accused in the past of", "in the past, WHO defined". "In the
    /// past week" or "in the past 24 hours" is a time expression and dates what happened. "Until recently, the firm funded
    /// ..." tells a habit or a state that has ended, not a happening on a day. "The last time Maersk suspended a dividend was during
    /// the war": a clause inside a subject that "the last time" opens is the point a comparison counts from, not the news.
    /// </summary>
    public static bool IsBackground(string clause) => BackgroundRegex().IsMatch(clause);

    /// <summary>
    /// A span of years or decades ("covered the sector for three years", "ran the firm for decades", "spent his whole career in
    /// shipping") tells a career or a state that lasted, not one happening on a day.
    /// </summary>
    public static bool SpansYears(string clause) => YearsSpanRegex().IsMatch(clause);

    [GeneratedRegex(@"\bfor\s+(?:(?:the\s+)?(?:past|last|next)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|many|several|a\s+few|some)\s+(?:years|decades)\b|\bfor\s+(?:years|decades)\b|\b(?:spent|spend|spends|spending)\s+(?:(?:much|most|all|part)\s+of\s+)?(?:his|her|their|its|my|our|your|a)\s+(?:(?:whole|entire|early|later|working|professional|adult)\s+)?(?:career|life|lives|childhood|youth)\b|\b(?:spent|spend|spends|spending)\s+(?:(?:more\s+than|almost|nearly|over|about|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many|several|a\s+few)\s+(?:years|decades)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsSpanRegex();

    [GeneratedRegex(@"^the\s+(?:last|first|only)\s+time\b|\buntil\s+(?:very\s+|quite\s+|fairly\s+)?recently\b|\b(?:in the past|in years past|historically)\b(?!\s+(?:\d|few|several|couple|week|month|year|day|hour|decade|fortnight|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty))", RegexOptions.IgnoreCase)]
    private static partial Regex BackgroundRegex();

    /// <summary>Whether the character at <paramref name="offset"/> stands inside quotation marks.</summary>
    public static bool InQuotation(string sentence, int offset)
    {
        // A sentence that opens inside a quotation the one before began starts with that quotation's mark counted.
        var opensQuoted = ClosesEarlierQuotation(sentence);
        var straight = opensQuoted is '"' ? 1 : 0;
        var curly = opensQuoted is '”' ? 1 : 0;
        for (var i = 0; i < offset && i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '"': straight++; break;
                case '“': curly++; break;
                case '”': curly = Math.Max(0, curly - 1); break;
            }
        }

        return straight % 2 == 1 || curly > 0;
    }

    // "Republicans continue to block the commission, and the Senate has yet to act," he added.": a quotation the sentence before
    // opened closes in this one, so all before its closing mark is quoted. The sentence's first mark closes one when it is a
    // closing curly mark, or a straight mark after a comma or a stop that leaves the sentence's straight marks unpaired; that
    // mark, or null.
    private static char? ClosesEarlierQuotation(string sentence)
    {
        var at = sentence.IndexOfAny(['"', '“', '”']);
        if (at < 0) return null;
        return sentence[at] switch
        {
            '”' => '”',
            '"' when at > 0 && sentence[at - 1] is ',' or '.' or '!' or '?' && sentence.Count(c => c == '"') % 2 == 1 => '"',
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:Photograph|Photo|Picture|Image|Video|Audio|Watch|Listen|Related|Read more|Click|Updated|Last updated|Page last updated|Share this|Follow|Copyright|Email|Print|Source|Caption|Graphic)\b|^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?\s*:|^(?-i:By\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s*,|\s*$|\s+(?:in|and)\b|\s+[A-Z]))", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureRegex();
}
