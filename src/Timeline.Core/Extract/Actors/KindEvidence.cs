using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Whether an organisation's or a place's name says by itself what it names: the gazetteer knows it (or one of its aliases), its
/// words say its kind ("Alaska Wilderness League", "Halliburton Energy Services Inc.", "Pensacola Beach", "Department of Justice"),
/// or an article spelled it out as initials ("Department of Homeland Security (DHS)"). A name with none of these ("Safety
/// Preparation", "Barrier Walls", "Helix") is what the entity model guessed from its capitals, as often a thing, a cut name or a
/// misreading as an actor; it enters the registry only through an event it takes part in. People have their own evidence
/// (<see cref="ActorEvidence"/>), and countries come from the gazetteer.
/// </summary>
public static class KindEvidence
{
    public static bool IsShownByName(Gazetteer gazetteer, Actor actor)
    {
        if (actor.Kind is ActorKind.Person or ActorKind.Country or ActorKind.Group) return true;
        if (gazetteer.Find(actor.Name) is not null || actor.Aliases.Exists(a => gazetteer.Find(a) is not null)) return true;
        var words = actor.Name.Split(' ');
        if (actor.Kind == ActorKind.Organisation
            && (words.Any(NameShapes.IsOrganisationWord) || NameReading.IsFirmByItsName(actor.Name) || NameReading.IsOrganisationByItsName(actor.Name))) return true;
        if (actor.Kind == ActorKind.Place && (words.Any(NameShapes.IsPlaceWord) || NameReading.IsPlaceByItsHead(actor.Name))) return true;
        // "DHS" of "Department of Homeland Security": initials and the words they stand for, written together.
        return actor.Aliases.Exists(a => NameShapes.IsAcronym(a) != NameShapes.IsAcronym(actor.Name));
    }

    // Words of a title, which an organisation's name does not hold ("BP Chief Operating Officer Doug Suttles" is a title and a person).
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal) { "Chief", "Officer", "Editor", "Executive", "Spokesman", "Spokeswoman" };

    /// <summary>
    /// Whether an article having the entry speak ("Halvor said") shows it is the organisation it was read as: a name opening with a
    /// given name ("Kent Marlow said") or holding a title's words is a person's, read as an organisation's by mistake.
    /// </summary>
    public static bool SpeaksAsItsKind(Gazetteer gazetteer, Actor actor)
    {
        if (actor.Kind != ActorKind.Organisation) return actor.Kind != ActorKind.Place;
        var words = actor.Name.Split(' ');
        return !(words.Length > 1 && gazetteer.GivenNames.Contains(words[0]))
            && !words.Any(w => TitleWords.Contains(w) || gazetteer.Roles.Contains(w.ToLowerInvariant()));
    }
}
