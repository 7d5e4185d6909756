namespace Timeline.Extract.Events;

/// <summary>
/// A clause the writer tells in the first person outside any quotation: "Mark Tran has sent me a link", "we reported
/// yesterday", "my colleague points out". It is the live blog or the column talking about itself, not a happening of
/// the story. Words in quotation marks are someone's speech and do not count; neither does reported speech, whose
/// "we" is the speaker's. Pure.
/// </summary>
public static class WriterAside
{
    /// <summary>
    /// Whether a word of the clause is a first-person pronoun standing outside quotation marks; <paramref name="quoted"/>
    /// says whether a token lies in a quotation.
    /// </summary>
    public static bool IsAside(IReadOnlyList<string> words, IReadOnlyList<string> tags, Func<int, bool> quoted)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(quoted);
        for (var k = 0; k < words.Count; k++)
        {
            // "US" and "Us" may be the country or a title; only the lowercase object pronoun counts.
            // "I" is the pronoun before a verb; "World War I veterans", "Elizabeth I" are numerals.
            var first = (words[k] == "I" && k + 1 < words.Count && (tags[k + 1].StartsWith("VB", StringComparison.Ordinal) || tags[k + 1] is "MD" or "RB"))
                || words[k] is "me" or "my" or "we" or "We" or "us" or "our" or "Our" or "My" or "myself" or "ourselves";
            if (first && !quoted(k)) return true;
        }

        return false;
    }
}
