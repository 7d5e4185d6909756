namespace Timeline.Extract.Events;

/// <summary>
/// "The company" or "the firm" after the title's subject ("Hayward has taken the company into tar sands", "she joined the
/// firm") stands for a company an earlier sentence named; a title cannot show "the company". When the subject is itself a
/// company or speaks for one ("A BP spokesman denied the company needed a new plan") the phrase is most likely that company
/// and reads well as it is; otherwise the title does not stand alone. Which company is meant is not guessed: the last one
/// named is often not it. Pure.
/// </summary>
public static class ObjectCompany
{
    /// <summary>The index in <paramref name="titleWords"/> of a "the company" or "the firm" after the first <paramref name="subjectWords"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> titleWords, int subjectWords)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        for (var k = Math.Max(1, subjectWords + 1); k < titleWords.Count; k++)
        {
            if (FirmNouns.IsPlain(titleWords[k]) && titleWords[k - 1] == "the") return k - 1;
        }

        return -1;
    }

    /// <summary>
    /// The title with its "the company", "the oil firm", "the oil giant" or "the company's" after the first <paramref name="subjectWords"/> words
    /// told by the firm's <paramref name="name"/> ("ordered BP to pay", "BP's shares"); null when it has no such phrase, or when a
    /// name follows the noun ("the oil company Amoco" names its own).
    /// </summary>
    public static string? Name(string title, int subjectWords, string name)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ');
        // The words without a possessive ending, for the noun test: "the oil giant's" is headed by "giant".
        var bare = words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w).ToList();
        for (var k = Math.Max(1, subjectWords); k < words.Length; k++)
        {
            if (!words[k].Equals("the", StringComparison.Ordinal)) continue;
            var j = k + 1;
            while (j < words.Length && j - k <= 3 && words[j].Length > 0 && words[j].All(c => char.IsLower(c) || c == '-') && !FirmNouns.Heads(bare, j)) j++;
            if (j >= words.Length) return null;
            var noun = words[j];
            var possessive = noun.Length > bare[j].Length;
            if (!FirmNouns.Heads(bare, j)) continue;
            if (!possessive && j + 1 < words.Length && words[j + 1].Length > 0 && char.IsUpper(words[j + 1][0])) return null;
            return string.Join(' ', words.Take(k).Append(possessive ? name + noun[^2..] : name).Concat(words.Skip(j + 1)));
        }

        return null;
    }
}
