using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// A one-word name read as a town or guessed to be a place that the article has act as only a person or a firm does: it speaks
/// ("Marlow said", "Marlow, the firm's owner, told reporters"), takes an honorific ("Mr Marlow") or owns a firm's things
/// ("Halvor's shares", "rig owner Halvor").
/// A town lends its name to families, so a town's name that speaks is a family name; a firm's things say a firm. A capital
/// ("Washington said") or a state speaks for its government and stays a place, and so does a name the article also writes as
/// a place ("in Marlow").
/// </summary>
internal static partial class ActingNames
{
    /// <summary>The actor retyped as the person or the firm it is, or null when the article gives no such reason.</summary>
    public static Actor? Retype(Gazetteer gazetteer, string body, Actor actor, List<ResolvedMention> mentions, IEnumerable<Actor> others)
    {
        if (mentions.Count == 0 || actor.Name.Contains(' ', StringComparison.Ordinal) || NameShapes.IsAcronym(actor.Name)) return null;
        var entry = gazetteer.Find(actor.Name);
        var familyOf = others.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Name.Split(' ').Skip(1).Contains(actor.Name, StringComparer.Ordinal));
        switch (actor.Kind)
        {
            case ActorKind.Place when entry is null || entry.IsTown:
                break;
            // "Marlow" after "Kent Marlow", read as a firm: the family name of the person the article names in full.
            case ActorKind.Organisation when entry is null && familyOf is not null:
                break;
            default:
                return null;
        }

        if (mentions.Exists(m => PlaceBefore().IsMatch(Before(body, m.Mention.Start)))) return null;
        if (actor.Kind == ActorKind.Place && mentions.Exists(m => OwnerBefore().IsMatch(Before(body, m.Mention.Start)) || OwnsAfter().IsMatch(After(body, m.Mention.End))))
        {
            return actor with { Kind = ActorKind.Organisation, Country = null };
        }

        // "Mr Marlow": an honorific names a person, whatever town shares the name.
        if (mentions.Exists(m => HonorificBefore().IsMatch(Before(body, m.Mention.Start)))) return actor with { Kind = ActorKind.Person, Country = null };
        // "Tata said" where the article names "Tata Motors" and "Ratan Tata": a family's firm goes by the family name, and news calls the
        // person "Mr Tata" or by the full name where the two could be mixed up; the word read as a firm stays the firm's.
        if (actor.Kind == ActorKind.Organisation && others.Any(a => a.Kind is ActorKind.Organisation or ActorKind.Group && OpensFirmName(actor.Name, a.Name)))
        {
            return null;
        }

        if (!mentions.Exists(m => !PrepositionBefore().IsMatch(Before(body, m.Mention.Start)) && SpeaksAfter().IsMatch(After(body, m.Mention.End)))) return null;
        // A town's name that speaks is a family name; a name the gazetteer lacks speaks as a firm unless the article names a person so.
        var person = familyOf is not null || entry is not null || gazetteer.NameWords.Contains(actor.Name) || gazetteer.IsKnownSurname(actor.Name, out _);
        return person ? actor with { Kind = ActorKind.Person, Country = null } : actor with { Kind = ActorKind.Organisation, Country = null };
    }

    // "Tata" of "Tata Motors": the name and a capitalised word of the firm's own ("House" and "Senate" of "House and Senate" are two bodies).
    private static bool OpensFirmName(string name, string firm) =>
        firm.StartsWith(name + " ", StringComparison.Ordinal) && firm[(name.Length + 1)..].Split(' ')[0] is { Length: > 0 } next
        && char.IsUpper(next[0]) && next is not ("&" or "And" or "Of");

    private static string Before(string body, int start) => ActorEvidence.Before(body, start, 30);

    private static string After(string body, int end) => ActorEvidence.After(body, end, 80);

    // "in Marlow", "near Marlow": the article writes it as a place.
    [GeneratedRegex(@"\b(?:in|near|outside|across|around|via)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    // "officials in Marlow said": the name closes a phrase; the one speaking is the phrase's head.
    [GeneratedRegex(@"\b(?:in|at|of|from|for|on|by|with|about|the)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex HonorificBefore();

    // "Marlow said", "Marlow, the owner, says", "Marlow has told", "Marlow added".
    [GeneratedRegex(@"^(?:,[^,.;""“”]{1,60},)?\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|tells|added|adds)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksAfter();

    // "rig owner Halvor", "its operator Halvor": a firm's role before its name.
    [GeneratedRegex(@"\b(?:owner|operator|contractor|subcontractor|supplier|insurer|maker|manufacturer)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBefore();

    // "Halvor's shares", "Halvor's Swiss-listed shares", "Halvor's chief executive", "Halvor's rig".
    [GeneratedRegex(@"^['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:shares|share\s+price|stock|shareholders|chief\s+executive|chief\s+financial\s+officer|chairman|CEO|board|rig|rigs|subsidiary|profits?|earnings)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnsAfter();
}
