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
}
