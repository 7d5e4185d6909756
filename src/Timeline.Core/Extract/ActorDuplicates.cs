using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// Finds registry entries that name an actor another entry names in full, across the articles: an acronym and its
/// expansion ("EPA", "Environmental Protection Agency"), a family name and the one person of the registry who
/// bears it ("Svanberg", "Carl-Henrik Svanberg"). Two people sharing a family name stay two, and so does the name.
/// </summary>
public static class ActorDuplicates
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "at", "to", "&" };

    /// <summary>The registry with each duplicate folded into its full entry, and the ids folded away (old id to new id).</summary>
    /// <remarks>
    /// Where several entries fit (a name spelled two ways, "Carl-Henrik" and "Carl-Henric Svanberg"), the one the articles
    /// name far the most often (<see cref="Dominance"/> times the next, in <paramref name="sentences"/>) takes it; else none does.
    /// </remarks>
    public static (List<Actor> Registry, Dictionary<string, string> Renamed) Merge(List<Actor> registry, IReadOnlyDictionary<string, int> sentences, IReadOnlySet<string> keep)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = new ActorNameIndex(registry, Initials);
        foreach (var actor in registry.Where(a => !keep.Contains(a.Id)))
        {
            var fits = Candidates(actor, index).OrderByDescending(a => sentences.GetValueOrDefault(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            if (fits.Count == 1 || (fits.Count > 1 && sentences.GetValueOrDefault(fits[0].Id) >= Dominance * Math.Max(1, sentences.GetValueOrDefault(fits[1].Id))))
            {
                renamed[actor.Id] = fits[0].Id;
            }
        }

        if (renamed.Count == 0) return (registry, renamed);
        var byId = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (from, to) in renamed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (gone, full) = (byId[from], byId[to]);
            var aliases = full.Aliases.Union(gone.Aliases.Append(gone.Name), StringComparer.Ordinal).Where(a => a != full.Name).Order(StringComparer.Ordinal).ToList();
            byId[to] = full with { Aliases = aliases, Role = full.Role ?? gone.Role, Country = full.Country ?? gone.Country };
        }

        return ([.. registry.Where(a => !renamed.ContainsKey(a.Id)).Select(a => byId[a.Id])], renamed);
    }

    /// <summary>The actor's events and places under the ids of the entries the duplicates were folded into.</summary>
    public static TimelineEvent Rename(TimelineEvent e, Dictionary<string, string> renamed)
    {
        if (renamed.Count == 0 || (!e.Actors.Exists(renamed.ContainsKey) && (e.Place is null || !renamed.ContainsKey(e.Place)))) return e;
        return e with
        {
            Actors = [.. e.Actors.Select(a => renamed.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal)],
            Place = e.Place is { } p ? renamed.GetValueOrDefault(p, p) : null,
        };
    }

    /// <summary>How many times more sentences the likeliest of several fitting entries needs than the next.</summary>
    public const int Dominance = 3;

    private static IEnumerable<Actor> Candidates(Actor actor, ActorNameIndex registry)
    {
        // "The Coast Guard" is "Coast Guard"; "Chief Financial Officer Byron Grote" is "Byron Grote", role words and all.
        if (actor.Name.StartsWith("The ", StringComparison.Ordinal)) return registry.Named(actor.Name[4..]);
        var words = actor.Name.Split(' ');
        if (actor.Kind == ActorKind.Person && words.Length > 2)
        {
            return registry.NamedAfterASpace(actor.Name).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id && a.Name.Contains(' ', StringComparison.Ordinal));
        }

        if (actor.Kind == ActorKind.Person && !actor.Name.Contains(' ', StringComparison.Ordinal))
        {
            // "Svanberg" where no article gave the full name: the person of the registry so named.
            return registry.WithLastWord(actor.Name).Where(a => a.Kind == ActorKind.Person);
        }

        if (actor.Kind is ActorKind.Organisation or ActorKind.Group && NameShapes.IsAcronym(actor.Name))
        {
            // An article spelled it out ("the Environmental Protection Agency (EPA)"), or the initials say it, when only one entry fits.
            var letters = actor.Name.Replace(".", "", StringComparison.Ordinal);
            return registry.WithAliasOrInitials(actor.Name, letters).Where(a => a.Id != actor.Id);
        }

        return [];
    }

    private static string Initials(string name) => string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && !MinorWords.Contains(w) && char.IsUpper(w[0])).Select(w => w[0]));
}
