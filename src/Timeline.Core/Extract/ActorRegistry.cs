using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>Merges the actors of every article into one registry: one actor, one id, all its aliases.</summary>
public static class ActorRegistry
{
    public static List<Actor> Merge(IEnumerable<IEnumerable<Actor>> perArticle)
    {
        var merged = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in perArticle.SelectMany(a => a))
        {
            if (!merged.TryGetValue(actor.Id, out var existing))
            {
                merged[actor.Id] = actor with { Aliases = [.. actor.Aliases] };
                continue;
            }

            var aliases = existing.Aliases.Union(actor.Aliases, StringComparer.Ordinal).Where(a => a != existing.Name).ToList();
            aliases.Sort(StringComparer.Ordinal);
            merged[actor.Id] = existing with
            {
                Aliases = aliases,
                Role = existing.Role ?? actor.Role,
                Country = existing.Country ?? actor.Country,
            };
        }

        return [.. merged.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The actors a reader can trust to be worth an entry: those taking part in an event, countries, and the others
    /// named in at least two sentences across the articles. A name met once in passing is as often a misreading as an actor.
    /// </summary>
    public static List<Actor> Supported(List<Actor> merged, IEnumerable<IEnumerable<ActorSupport>> perArticle)
    {
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var inEvent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var support in perArticle.SelectMany(s => s))
        {
            sentences[support.ActorId] = sentences.GetValueOrDefault(support.ActorId) + support.Sentences;
            if (support.InEvent) inEvent.Add(support.ActorId);
        }

        // A country comes from the gazetteer, never from a guess at a capitalised word: one mention is evidence enough.
        return [.. merged.Where(a => inEvent.Contains(a.Id) || a.Kind == ActorKind.Country || sentences.GetValueOrDefault(a.Id) >= MinimumSentences)];
    }

    /// <summary>How many sentences name each actor, across the articles.</summary>
    public static Dictionary<string, int> Sentences(IEnumerable<IEnumerable<ActorSupport>> perArticle)
    {
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var support in perArticle.SelectMany(s => s))
        {
            sentences[support.ActorId] = sentences.GetValueOrDefault(support.ActorId) + support.Sentences;
        }

        return sentences;
    }

    /// <summary>Sentences that must name an actor outside any event for it to enter the registry.</summary>
    public const int MinimumSentences = 2;
}
