namespace Timeline.Model;

/// <summary>Gives events new ids and keeps the anchors of relative dates pointing at the renamed events.</summary>
public static class EventRenaming
{
    /// <summary>
    /// Event <c>i</c> of <paramref name="events"/> takes <c>ids[i]</c>; an anchor naming an old id names its new one
    /// (the first event's, if two had the same id).
    /// </summary>
    public static List<TimelineEvent> Apply(IReadOnlyList<TimelineEvent> events, IReadOnlyList<string> ids)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            renamed.TryAdd(events[i].Id, ids[i]);
        }

        var result = new List<TimelineEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] with { Id = ids[i] };
            if (e.Date.Anchor is { } anchor && renamed.TryGetValue(anchor, out var to) && to != anchor)
            {
                e = e with { Date = e.Date with { Anchor = to } };
            }

            result.Add(e);
        }

        return result;
    }
}
