using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>The registry a build lists: duplicates folded, the entries named too seldom dropped, and the duplicates folded again among those that stay.</summary>
public static class ListedActors
{
    /// <remarks>
    /// Duplicates fold first, so that an acronym's sentences count for the name it stands for. A fold that found two bearers of a name
    /// may have found one the registry never lists ("Marlow" beside "Ada Marlow", named once in passing, and "Ben Marlow", the story's):
    /// folded again among the entries that stay, the name is the one listed bearer's, when an article wrote it for that bearer. Two listed
    /// bearers still leave it apart.
    /// </remarks>
    public static (List<Actor> Registry, Dictionary<string, string> Renamed) Select(List<Actor> merged, List<List<ActorSupport>> perArticle, IReadOnlySet<string> keep)
    {
        merged = ActorRegistry.NamedPlaces(merged, perArticle, keep);
        var sentences = ActorRegistry.Sentences(perArticle);
        var (folded, renamed) = ActorDuplicates.Merge(merged, sentences, keep);
        var listed = ActorRegistry.Supported(folded, perArticle.Select(s => s.Select(a => a with { ActorId = renamed.GetValueOrDefault(a.ActorId, a.ActorId) })));
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, n) in sentences)
        {
            var to = renamed.GetValueOrDefault(id, id);
            counted[to] = counted.GetValueOrDefault(to) + n;
        }

        // Only into an entry an article wrote the name for: a shape alone ("VS" the initials of "Vell Shipping") is no evidence once
        // the entry the name was written for ("VS", named in hundreds of sentences) stays as itself. Initials of three letters or more
        // are evidence, as they are in the first fold, when the articles write them no more often than the name they fit
        // (<see cref="ActorDuplicates.Dominance"/> times): "NCR" beside "Nordic Council of Ruling", where the one other fit,
        // "Nordic Council of Rulers" written once, is not listed.
        var (refolded, again) = ActorDuplicates.Merge(listed, counted, keep, (gone, full) => full.Aliases.Contains(gone.Name, StringComparer.Ordinal)
            || (ActorDuplicates.IsInitialsOf(gone, full)
                && counted.GetValueOrDefault(gone.Id) <= ActorDuplicates.Dominance * Math.Max(1, counted.GetValueOrDefault(full.Id))));
        if (again.Count == 0) return (listed, renamed);
        foreach (var from in renamed.Keys.ToList()) renamed[from] = again.GetValueOrDefault(renamed[from], renamed[from]);
        foreach (var (from, to) in again) renamed[from] = to;
        return (refolded, renamed);
    }
}
