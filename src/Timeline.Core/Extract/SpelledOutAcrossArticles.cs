using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// "the blowout preventer (BOP)" in one article, "robots tried to trigger the BOP" in another: a story's articles share their
/// abbreviations, so initials one article spells out in lower-case words name a thing in all of them, and the registry does not
/// list them as an actor. Entries written by hand stay. Pure.
/// </summary>
public static class SpelledOutAcrossArticles
{
    /// <summary>The registry without the entries some article spells out as a thing, and the events without them.</summary>
    public static (List<Actor> Registry, List<TimelineEvent> Events) Drop(List<Actor> registry, List<TimelineEvent> events,
        IReadOnlyList<string> bodies, IReadOnlySet<string> keep)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(keep);
        // Only the articles that write the initials at all are read for their spelling out.
        var things = registry.Where(a => !keep.Contains(a.Id) && a.Kind is not (ActorKind.Country or ActorKind.Person)
                && bodies.Any(b => a.Aliases.Prepend(a.Name).Any(n => n.Length <= 7 && b.Contains(n, StringComparison.Ordinal)) && SpelledOutThings.IsThing(b, a)))
            .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (things.Count == 0) return (registry, events);
        return ([.. registry.Where(a => !things.Contains(a.Id))],
            [.. events.Select(e => e.Actors.Exists(things.Contains) || (e.Place is { } p && things.Contains(p))
                ? e with { Actors = [.. e.Actors.Where(a => !things.Contains(a))], Place = e.Place is { } q && things.Contains(q) ? null : e.Place }
                : e)]);
    }
}
