using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Lars Holm ... Holm said": news names a person in full once, then by the family name alone, the last word; a firm named
/// after its founders keeps its first word or its whole name ("Goldman", "Morgan Stanley"). An organisation whose name is a given
/// name and a family name, met again as that family name alone and never written after "the", is a person the entity model misread.
/// </summary>
internal static partial class FamilyNameMentions
{
    public static bool IsPersonByFamilyName(Gazetteer gazetteer, string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Organisation || gazetteer.Find(actor.Name) is not null) return false;
        var words = actor.Name.Split(' ');
        if (words.Length is < 2 or > 3 || !IsGivenName(gazetteer, words[0])) return false;
        if (!words[1..].All(NameShapes.LooksLikeNameWord) || words.Any(w => NameShapes.IsOrganisationWord(w) || NameShapes.IsPlaceWord(w))) return false;
        // "the Florida Panhandle": news writes no article before a person's name.
        if (mentions.Exists(m => m.Mention.Start > 0 && TheBefore().IsMatch(body[Math.Max(0, m.Mention.Start - 5)..m.Mention.Start]))) return false;
        var family = words[^1];
        // "Pay" of "Vell Pay Claims", "Science" of a byline's "Ida Berg Science": a word of English inside the name, or after
        // anything but a known given name, is no family name; initials take the family name straight after them ("R.J. Ostrander").
        if (words[1..^1].Any(gazetteer.IsDictionaryWord) || (gazetteer.IsDictionaryWord(family) && !gazetteer.GivenNames.Contains(words[0]))) return false;
        if (Initials().IsMatch(words[0]) && words.Length > 2) return false;
        return actor.Aliases.Contains(family, StringComparer.Ordinal) || mentions.Exists(m => m.Mention.Text == family);
    }

    // "Halvor", "R.J.", "RJ", "Tarvo": a given name, initials, or a name word of no English and no place.
    private static bool IsGivenName(Gazetteer gazetteer, string word) =>
        gazetteer.GivenNames.Contains(word) || Initials().IsMatch(word)
        || (NameShapes.LooksLikeNameWord(word) && !gazetteer.IsDictionaryWord(word) && gazetteer.Find(word) is null);

    [GeneratedRegex(@"^(?:[A-Z]\.){1,2}$|^[A-Z]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"\b[Tt]he\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore();
}
