namespace Timeline.Extract.Events;

/// <summary>
/// A person pronoun right after the title's verb ("BP axed him", "plans to nominate him as a director") stands for someone an
/// earlier sentence named; a title cannot show "him". When exactly one person other than the subject was named in this
/// sentence or the one before, the pronoun is that person; otherwise the title does not stand alone. "Work with him" and
/// "her hand" are left as they are: after a preposition the pronoun is mostly the subject, before a noun it is a possessive. Pure.
/// </summary>
public static class ObjectPronoun
{
    private static readonly HashSet<string> AfterHer = new(StringComparer.Ordinal) { "as", "to", "for", "with", "in", "at", "on", "over", "from", "after" };

    /// <summary>The index in <paramref name="titleWords"/> of a person pronoun that is the object of <paramref name="verb"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> titleWords, string verb)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        for (var k = 1; k < titleWords.Count; k++)
        {
            if (!titleWords[k - 1].Equals(verb, StringComparison.Ordinal)) continue;
            var next = k + 1 < titleWords.Count ? titleWords[k + 1] : null;
            if (titleWords[k] == "him" || (titleWords[k] == "her" && (next is null || AfterHer.Contains(next)))) return k;
        }

        return -1;
    }

    /// <summary>
    /// The one person the pronoun can be: named recently and not the subject; null when none or several, or when the
    /// sentence has a "he" or "she" of its own ("he says BP axed him"), which is most likely the one meant.
    /// </summary>
    /// <param name="fits">Whether the pronoun can stand for a person ("him" never for a Sarah); the one person it cannot stand for
    /// is no referent, and no other is guessed in their place.</param>
    public static string? Referent(IEnumerable<string> recentPersons, IReadOnlyCollection<string> subject, IEnumerable<string> sentenceWords,
        Func<string, bool>? fits = null)
    {
        ArgumentNullException.ThrowIfNull(recentPersons);
        ArgumentNullException.ThrowIfNull(sentenceWords);
        if (sentenceWords.Any(w => w is "he" or "He" or "she" or "She")) return null;
        var candidates = recentPersons.Where(p => !subject.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
        return candidates.Count == 1 && (fits is null || fits(candidates[0])) ? candidates[0] : null;
    }

    // Bodies named by a common noun: a singular "he" or "she" never stands for them.
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "government", "administration", "ministry", "department", "agency", "police", "military", "army",
        "navy", "council", "committee", "board", "court", "commission", "bank", "authority", "regulator", "embassy", "coastguard",
    };

    /// <summary>
    /// Whether a subject told by a common noun (<paramref name="display"/>, "Saudi authorities", "the company") is headed by a
    /// plural or a body, which "he", "she", "him" or "her" cannot stand for; "BP's chief executive" is one person.
    /// </summary>
    public static bool NoPersonHead(string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        var head = Head(display);
        return BodyNouns.Contains(head) || LowercasePlural(head);
    }

    // The last word of a subject as the title shows it: its head.
    private static string Head(string display) => display.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    // "officials", "experts": a lowercase word in -s, not in -ss.
    private static bool LowercasePlural(string head) =>
        head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(head[0]);

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "his", "her", "hers", "himself", "herself",
    };

    /// <summary>
    /// Whether the title, after its first <paramref name="subjectWords"/> words, holds a person pronoun although its subject is
    /// no person: "BP had turned down his offer of help", "Congress began to undermine his theme". A company, a country or a
    /// body is "it", never "he" or "his", so the pronoun stands for someone an earlier sentence named and the title does not
    /// stand alone. A name between the subject and the pronoun may be the one it stands for, and is left to the reader.
    /// </summary>
    /// <param name="titleWords">The title's words.</param>
    /// <param name="subjectWords">How many words the subject takes.</param>
    /// <param name="personWord">Whether a capitalised word is a word of a person's name; when given, other capitalised words
    /// ("opposition from Republican senators to her nomination") are no referent.</param>
    public static bool Stranded(IReadOnlyList<string> titleWords, int subjectWords, Func<string, bool>? personWord = null)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        for (var k = Math.Max(0, subjectWords); k < titleWords.Count; k++)
        {
            // "released an image of Obama swimming with his daughter": a name before it may be the one meant.
            if (titleWords[k].Length > 0 && char.IsUpper(titleWords[k][0]) && (personWord is null || personWord(titleWords[k]))) return false;
            if (PersonPronouns.Contains(titleWords[k])) return true;
        }

        return false;
    }

    // After "it", the words that show it is the verb's object: a preposition or particle ("sent it to", "retrieved it from"),
    // a determiner of a predicate ("called it a sign"), or the title's end.
    private static readonly HashSet<string> AfterObjectIt = new(StringComparer.Ordinal)
    {
        "to", "from", "into", "onto", "on", "in", "at", "for", "with", "as", "by", "up", "down", "off", "out", "over", "back", "away",
        "a", "an", "the",
    };

    /// <summary>
    /// Whether the verb's object is "them" or "it", or "of them" after a number ("attended four of them"): "urged them to wait",
    /// "compared it to a hose", "will pay them" name a thing or people only an earlier sentence told, and a title cannot show
    /// which. "said it would" is no object: "it" before a verb is the next clause's subject.
    /// </summary>
    public static bool ThingPointsBack(IReadOnlyList<string> titleWords, string verb)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        for (var k = 1; k < titleWords.Count; k++)
        {
            if (!titleWords[k - 1].Equals(verb, StringComparison.Ordinal)) continue;
            var next = k + 1 < titleWords.Count ? titleWords[k + 1] : null;
            if (titleWords[k] == "them" || (titleWords[k] == "it" && (next is null || AfterObjectIt.Contains(next)))) return true;
            // "attended four of them", "sold most of it".
            if (next == "of" && k + 2 < titleWords.Count && titleWords[k + 2] is "them" or "it") return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the clause the verb brings in opens on "it" or "they" that cannot stand for the title's subject: "Mexican officials
    /// have denied it came from pigs" (officials are no "it"), "Kain concluded they were caused by surgery" (one person is no
    /// "they"). The pronoun then stands for a thing or people an earlier sentence named, and the title does not stand alone.
    /// "BP denied it used a defective product" and "Officials announced they would ease the warning" are the subject's own.
    /// </summary>
    /// <param name="titleWords">The title's words.</param>
    /// <param name="verb">The title's verb, as written.</param>
    /// <param name="onePerson">Whether the subject is one person, named or "he" or "she".</param>
    /// <param name="subjectDisplay">The subject as the title shows it; a plural common noun at its head ("Mexican officials") is
    /// no "it".</param>
    public static bool ClauseSubjectPointsBack(IReadOnlyList<string> titleWords, string verb, bool onePerson, string subjectDisplay)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        ArgumentNullException.ThrowIfNull(subjectDisplay);
        for (var k = 1; k + 1 < titleWords.Count; k++)
        {
            var opens = titleWords[k - 1].Equals(verb, StringComparison.Ordinal)
                || (titleWords[k - 1] == "that" && k >= 2 && titleWords[k - 2].Equals(verb, StringComparison.Ordinal));
            // "sold it to Maersk": before a preposition or a determiner, "it" is the verb's object, not a clause's subject.
            if (!opens || titleWords[k + 1].Length == 0 || !char.IsLower(titleWords[k + 1][0]) || AfterObjectIt.Contains(titleWords[k + 1])) continue;
            if (titleWords[k] == "it") return onePerson || PluralHead(subjectDisplay);
            if (titleWords[k] == "they") return onePerson;
        }

        return false;
    }

    // "Mexican officials", "health experts": a lowercase head in -s; "the company", "police" and "Mexico's government" are none.
    private static bool PluralHead(string display)
    {
        var head = Head(display);
        return LowercasePlural(head) && !head.EndsWith("us", StringComparison.Ordinal)
            && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("’s", StringComparison.Ordinal) && !BodyNouns.Contains(head);
    }
}
