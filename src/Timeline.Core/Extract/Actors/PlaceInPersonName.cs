using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Rep. Lars Aarhus", "Ida Jordan", "Chad Holm": a word of a person's name that is also a town's or a country's name. When the
/// article writes the word only inside a person's name (after a title or a given name, or before a family name), it never names
/// the place.
/// </summary>
/// <remarks>
/// Written as a family name ("Rep. Lars Aarhus", "Aarhus said"), the word is the person, whose full name it shortens; written
/// before a family name only ("Chad Holm"), it is a given name or a stage name's first word, which alone names no one.
/// </remarks>
internal static partial class PlaceInPersonName
{
    /// <summary>How the article writes the place's word: null when it names the place somewhere.</summary>
    public static PersonNameWord? Reading(Gazetteer gazetteer, string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind is not (ActorKind.Place or ActorKind.Country) || actor.Name.Contains(' ', StringComparison.Ordinal) || mentions.Count == 0) return null;
        // The gazetteer's town or country: a name the entity model guessed to be a place is left to the other checks.
        if (gazetteer.Find(actor.Name)?.Kind is not (ActorKind.Place or ActorKind.Country)) return null;
        var inNames = mentions.Where(m => m.Mention.Text == actor.Name && IsInPersonName(gazetteer, body, m.Mention.Start, m.Mention.End)).ToList();
        if (inNames.Count == 0) return null;
        // "Rep. Lars Aarhus ... Aarhus said": once the word is a person's family name, the word alone that speaks is that person.
        var familyName = inNames.Exists(m => IsAfterTitleOrGivenName(gazetteer, body, m.Mention.Start));
        if (!mentions.TrueForAll(m => inNames.Contains(m) || (familyName && m.Mention.Text == actor.Name && SpeaksAfter().IsMatch(body.AsSpan(m.Mention.End))))) return null;
        return familyName ? PersonNameWord.FamilyName : PersonNameWord.GivenName;
    }

    private static bool IsInPersonName(Gazetteer gazetteer, string body, int start, int end)
    {
        if (IsAfterTitleOrGivenName(gazetteer, body, start)) return true;
        // "Chad Holm", "Aarhus West": a family name right after it makes the word a given name or a stage name's first word.
        // A third capitalised word makes a longer name, a firm's or a town's ("Aarhus Holm Steel Co"); a title opens the next name ("Aarhus, Vell Mr Holm:").
        return WordAfter().Match(body, end) is { Success: true } next && IsFamilyName(gazetteer, next.Groups[1].Value) && !NameShapes.IsTitleAbbreviation(next.Groups[1].Value)
            && !ThirdWord().IsMatch(body.AsSpan(next.Index + next.Length));
    }

    private static bool IsAfterTitleOrGivenName(Gazetteer gazetteer, string body, int start)
    {
        var before = body[Math.Max(0, start - 40)..start];
        // "Rep. Lars Aarhus", "Sen. Aarhus": a title, and at most a given name, before the word.
        if (TitleBefore().IsMatch(before)) return true;
        // "Ida Jordan": a given name right before it makes the word her family name.
        return WordBefore().Match(before) is { Success: true } given && gazetteer.GivenNames.Contains(given.Groups[1].Value);
    }

    private static bool IsFamilyName(Gazetteer gazetteer, string word)
    {
        // "Aarhus West": a compass word after a place makes no place's name in English, which puts it first ("West Aarhus").
        if (NameShapes.IsCompassWord(word) && IsListedName(gazetteer, word)) return true;
        if (!NameShapes.LooksLikeNameWord(word) || NameShapes.IsOrganisationWord(word) || NameShapes.IsPlaceWord(word) || NameShapes.IsPluralName(word)
            || ActorEvidence.IsCalendarWord(word) || gazetteer.CommonWords.Contains(word.ToLowerInvariant())) return false;
        // "West", "Martin": a word the lists of names hold; otherwise a word of no English that names nothing known ("Vellmark").
        return IsListedName(gazetteer, word) || (!gazetteer.IsDictionaryWord(word) && gazetteer.Find(word) is null);
    }

    private static bool IsListedName(Gazetteer gazetteer, string word) => gazetteer.NameWords.Contains(word) || gazetteer.GivenNames.Contains(word);

    [GeneratedRegex(@"^\s+(?:(?:has|had|also)\s+)?(?:said|says|told|added|asked|called|argued|wrote|noted|warned|urged|insisted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksAfter();

    [GeneratedRegex(@"^[ ](?!(?:Jr|Sr|II|III|IV)\b)[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdWord();

    [GeneratedRegex(@"\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Rev|Prof|Sir|Dame|Lord|Lady)\.?[ ](?:[A-Z][a-z]+[ ])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"\b([A-Z][a-z]+)[ ]$", RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\G[ ]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();
}
