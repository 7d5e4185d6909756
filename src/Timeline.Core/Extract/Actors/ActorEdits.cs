using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// What people changed in <c>actors.yaml</c>, applied to a fresh extraction so the next build follows it:
/// an added alias is recognised in the text and resolves to its actor; a renamed actor keeps its id and
/// takes the new name; listing another actor's name or id among an actor's aliases merges that actor
/// into it; <c>kind: not_an_actor</c> drops the name from actors and events.
/// </summary>
public sealed class ActorEdits
{
    private readonly Dictionary<string, Actor> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);

    private ActorEdits(IEnumerable<Actor> stored)
    {
        Stored = [.. stored.OrderBy(a => a.Id, StringComparer.Ordinal)];
        foreach (var actor in Stored)
        {
            _byId.TryAdd(actor.Id, actor);
            _byName.TryAdd(actor.Name, actor);
            foreach (var alias in actor.Aliases) _byAlias.TryAdd(alias, actor);
        }
    }

    public static ActorEdits None { get; } = new([]);

    public static ActorEdits From(IEnumerable<Actor> stored) => new(stored);

    public bool IsEmpty => _byId.Count == 0;

    /// <summary>The stored actors in the order they are applied (by id; the first of a repeated id wins): all that steers extraction.</summary>
    public IReadOnlyList<Actor> Stored { get; }

    /// <summary>Every stored name and alias, so the recogniser finds names that people added by hand.</summary>
    public Gazetteer Extend(Gazetteer gazetteer)
    {
        if (IsEmpty) return gazetteer;
        var names = _byName.Concat(_byAlias).Where(p => p.Key.Length > 1 && gazetteer.Find(p.Key) is null).ToList();
        var entries = names.Select(p => new GazetteerEntry { Name = p.Value.Name, Kind = p.Value.Kind == ActorKind.NotAnActor ? ActorKind.Group : p.Value.Kind, Country = p.Value.Country });
        return gazetteer.With(entries, names.Select(p => p.Key));
    }

    /// <summary>The article's actors and mentions with every hand edit applied.</summary>
    public ArticleActors Apply(ArticleActors extracted)
    {
        if (IsEmpty) return extracted;
        var target = new Dictionary<string, Actor?>(StringComparer.Ordinal);
        foreach (var actor in extracted.Actors)
        {
            target[actor.Id] = Find(actor, extracted.Mentions.Where(m => m.ActorId == actor.Id).Select(m => m.Mention.Text));
        }

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var actor in extracted.Actors)
        {
            var stored = target[actor.Id];
            if (stored?.Kind == ActorKind.NotAnActor) continue;
            var merged = stored is null ? actor : Adopt(actor, stored);
            if (actors.TryGetValue(merged.Id, out var earlier))
            {
                merged = earlier with { Aliases = [.. earlier.Aliases.Union(merged.Aliases, StringComparer.Ordinal).Where(a => a != earlier.Name).Order(StringComparer.Ordinal)] };
            }
            else
            {
                order.Add(merged.Id);
            }

            actors[merged.Id] = merged;
        }

        var mentions = extracted.Mentions
            .Where(m => target[m.ActorId]?.Kind != ActorKind.NotAnActor)
            .Select(m => target[m.ActorId] is { } s ? m with { ActorId = s.Id } : m)
            .ToList();
        return new ArticleActors { Actors = [.. order.Select(id => actors[id])], Mentions = mentions };
    }

    // An alias written into another actor wins (a merge or an added alias), then the same id (a rename), then the same name.
    private Actor? Find(Actor actor, IEnumerable<string> texts)
    {
        if (_byAlias.TryGetValue(actor.Id, out var byIdAlias) && byIdAlias.Id != actor.Id) return byIdAlias;
        if (_byAlias.TryGetValue(actor.Name, out var byAlias) && byAlias.Id != actor.Id) return byAlias;
        if (_byId.TryGetValue(actor.Id, out var byId)) return byId;
        if (_byName.TryGetValue(actor.Name, out var byName)) return byName;
        foreach (var text in texts)
        {
            if (_byAlias.TryGetValue(text, out var s) || _byName.TryGetValue(text, out s)) return s;
        }

        return null;
    }

    // What a person wrote wins; what the extractor adds fills the gaps.
    private static Actor Adopt(Actor extracted, Actor stored)
    {
        var aliases = stored.Aliases.Union(extracted.Aliases, StringComparer.Ordinal);
        if (extracted.Name != stored.Name) aliases = aliases.Append(extracted.Name);
        return stored with
        {
            Aliases = [.. aliases.Where(a => a != stored.Name && a != stored.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Role = stored.Role ?? extracted.Role,
            Country = stored.Country ?? extracted.Country,
        };
    }
}
