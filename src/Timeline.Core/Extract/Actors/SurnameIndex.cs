using Timeline.Extract.Text.Pos;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Known people by their family name ("Yeltsin" -> Boris Yeltsin); a name two people share finds no one
/// in particular. Adjectives ("English", of Bill English) are left out: alone, they name no one.
/// </summary>
internal sealed class SurnameIndex
{
    private readonly Dictionary<string, GazetteerEntry?> _index = new(StringComparer.Ordinal);

    public SurnameIndex(IEnumerable<GazetteerEntry> entries, PosLexicon lexicon)
    {
        foreach (var entry in entries)
        {
            var space = entry.Name.LastIndexOf(' ');
            if (entry.Kind != ActorKind.Person || space < 0) continue;
            var surname = entry.Name[(space + 1)..];
            // "English" (Bill English) is first an adjective: alone, it names no one.
            if (surname.Length < 3 || !char.IsUpper(surname[0]) || lexicon.EntryContains(surname, "JJ")) continue;
            _index[surname] = !_index.TryGetValue(surname, out var other) ? entry : other is not null && other.Name == entry.Name ? other : null;
        }
    }

    /// <summary>Whether someone has this family name; <paramref name="person"/> is who when only one does.</summary>
    public bool TryFind(string surname, out GazetteerEntry? person) => _index.TryGetValue(surname, out person);
}
