using Timeline.Model;

namespace Timeline.Extract;

/// <summary>Makes event ids unique across a timeline, in article order, keeping anchors pointing at the renamed events.</summary>
public static class EventIds
{
    public static List<TimelineEvent> MakeUnique(IReadOnlyList<TimelineEvent> events, HashSet<string> taken)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<TimelineEvent>(events.Count);
        foreach (var e in events)
        {
            var id = e.Id.Length > 0 ? e.Id : "event";
            var candidate = id;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            renamed.TryAdd(e.Id, candidate);
            result.Add(e with { Id = candidate });
        }

        return [.. result.Select(e => e.Date.Anchor is { } a && renamed.TryGetValue(a, out var to) ? e with { Date = e.Date with { Anchor = to } } : e)];
    }
}
