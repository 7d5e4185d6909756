namespace Timeline.Model;

/// <summary>
/// The one order of events everywhere: by the first day a date can be placed on, coarser dates
/// first on the same day; an event dated only "before" or "after" another sits right before or
/// after it; ties keep the order of the evidence (article, then offset).
/// </summary>
public static class ChronologicalOrder
{
    public static List<TimelineEvent> Sort(IEnumerable<TimelineEvent> events)
    {
        var list = events.ToList();
        var byId = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            byId.TryAdd(e.Id, e);
        }

        return [.. list.Select(e => (Event: e, Key: KeyOf(e, byId, 0)))
            .OrderBy(p => p.Key, KeyComparer.Instance)
            .Select(p => p.Event)];
    }

    private static SortKey KeyOf(TimelineEvent e, Dictionary<string, TimelineEvent> byId, int depth)
    {
        var source = e.Sources.Count > 0 ? e.Sources[0] : null;
        var evidence = (source?.Article ?? "", source?.TriggerOffset ?? 0, e.Id);
        if (e.Date.Relation != DateRelation.On && e.Date.Anchor is { } anchorId && depth < 8
            && byId.TryGetValue(anchorId, out var anchor) && anchor != e)
        {
            var anchorKey = KeyOf(anchor, byId, depth + 1);
            var shift = e.Date.Relation == DateRelation.Before ? -1 : 1;
            return anchorKey with { Shifts = [.. anchorKey.Shifts, shift], Evidence = evidence };
        }

        var day = e.Date.Relation == DateRelation.Before
            ? e.Date.End ?? e.Date.Start
            : e.Date.Start ?? e.Date.End;
        var relation = e.Date.Relation switch { DateRelation.Before => -1, DateRelation.After => 1, _ => 0 };
        return new SortKey(day ?? DateOnly.MaxValue, relation, (int)e.Date.Precision, [], evidence);
    }

    private sealed record SortKey(DateOnly Day, int Relation, int Precision, int[] Shifts, (string Article, int Offset, string Id) Evidence);

    private sealed class KeyComparer : IComparer<SortKey>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(SortKey? x, SortKey? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var c = x.Day.CompareTo(y.Day);
            if (c == 0) c = x.Relation.CompareTo(y.Relation);
            if (c == 0) c = x.Precision.CompareTo(y.Precision);
            for (var i = 0; c == 0 && i < Math.Max(x.Shifts.Length, y.Shifts.Length); i++)
            {
                c = (i < x.Shifts.Length ? x.Shifts[i] : 0).CompareTo(i < y.Shifts.Length ? y.Shifts[i] : 0);
            }

            if (c == 0) c = string.CompareOrdinal(x.Evidence.Article, y.Evidence.Article);
            if (c == 0) c = x.Evidence.Offset.CompareTo(y.Evidence.Offset);
            if (c == 0) c = string.CompareOrdinal(x.Evidence.Id, y.Evidence.Id);
            return c;
        }
    }
}
