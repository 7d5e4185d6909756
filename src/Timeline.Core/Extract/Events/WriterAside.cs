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

    /// <summary>
    /// Whether the sentence opens by bidding the reader ("Take as an example when ...", "Consider the case of ...", "Imagine ...",
    /// "Remember when ..."): the writer brings in an illustration for an argument, in the second person as an aside is in the
    /// first; what follows is the column's example, not the story's news. A sentence that opens a quotation is someone's speech.
    /// </summary>
    public static bool AddressesReader(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.TrimStart().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && (words[0], words[1]) is ("Take", "as" or "the" or "a" or "for") or ("Consider", _) or ("Imagine", _) or ("Remember", "when" or "that" or "the");
    }
}
