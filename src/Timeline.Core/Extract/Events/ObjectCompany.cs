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
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "company", "firm" };

    /// <summary>The index in <paramref name="titleWords"/> of a "the company" or "the firm" after the first <paramref name="subjectWords"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> titleWords, int subjectWords)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        for (var k = Math.Max(1, subjectWords + 1); k < titleWords.Count; k++)
        {
            if (Nouns.Contains(titleWords[k]) && titleWords[k - 1] == "the") return k - 1;
        }

        return -1;
    }
}
