using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>The calendar days an event can be put on: its own, or for a bare before/after date, its anchor's.</summary>
internal static class EventPlacement
{
    /// <summary>First and last day, and the precision they are known to; null when the event cannot be placed.</summary>
    public static (DateOnly Start, DateOnly End, DatePrecision Precision)? Of(TimelineEvent e, IReadOnlyDictionary<string, TimelineEvent> byId, int depth = 0)
    {
        var date = e.Date;
        var start = date.Relation == DateRelation.Before ? date.End ?? date.Start : date.Start ?? date.End;
        if (start is { } s)
        {
            var end = date.Relation == DateRelation.On && date.End is { } en && en >= s ? en : s;
            var precision = date.Relation == DateRelation.On ? date.Precision : DatePrecision.Day;
            return (s, end, precision == DatePrecision.Unknown ? DatePrecision.Day : precision);
        }

        if (date.Relation != DateRelation.On && date.Anchor is { } id && depth < 8 && byId.TryGetValue(id, out var anchor) && anchor != e)
        {
            return Of(anchor, byId, depth + 1);
        }

        return null;
    }
}
