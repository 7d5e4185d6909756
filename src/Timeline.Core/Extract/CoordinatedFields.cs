namespace Timeline.Extract;

/// <summary>
/// A body named by the first of the two fields its full name joins with "and": "House Energy Committee" for "House Energy and
/// Commerce Committee". News shortens such a name by leaving out the coordinated field, never by leaving out the first one.
/// </summary>
public static class CoordinatedFields
{
    /// <summary>
    /// Whether <paramref name="shortName"/> ("Senate Energy Committee") is <paramref name="fullName"/> without the words its field adds
    /// with "and" ("Senate Energy and Natural Resources Committee"). The full name may lack its head, as a name read before a head in
    /// lower case does ("the Senate Energy and Natural Resources committee"); the added field is one to three capitalised words.
    /// </summary>
    public static bool IsShortFor(string shortName, string fullName)
    {
        var (shortWords, fullWords) = (shortName.Split(' '), fullName.Split(' '));
        if (shortWords.Length < 3) return false;
        var field = shortWords.AsSpan(0, shortWords.Length - 1);
        var head = shortWords[^1];
        if (fullWords.Length <= field.Length + 1 || !fullWords.AsSpan(0, field.Length).SequenceEqual(field) || fullWords[field.Length] != "and") return false;
        var added = fullWords.AsSpan(field.Length + 1);
        if (added[^1] == head) added = added[..^1];
        if (added.Length is < 1 or > 3) return false;
        foreach (var word in added)
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || word == head) return false;
        }

        return true;
    }
}
