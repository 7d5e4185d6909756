using Timeline.Model;

namespace Timeline.Extract;

/// <summary>Makes event ids unique across a timeline, in article order, keeping anchors pointing at the renamed events.</summary>
public static class EventIds
{
    public static List<TimelineEvent> MakeUnique(IReadOnlyList<TimelineEvent> events, HashSet<string> taken)
    {
        var ids = new List<string>(events.Count);
        foreach (var e in events)
        {
            var id = e.Id.Length > 0 ? e.Id : "event";
            var candidate = id;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            ids.Add(candidate);
        }

        return EventRenaming.Apply(events, ids);
    }
}
