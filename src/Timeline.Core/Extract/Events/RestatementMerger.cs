namespace Timeline.Extract.Events;

/// <summary>
/// One happening, one event per article: the headline, the lead and later restatements ("BP capped the
/// well" ... "the company capped the well on Thursday") merge into the first telling, which takes the
/// most precise date any of them gives.
/// </summary>
internal static class RestatementMerger
{
    public static List<ExtractedEvent> Merge(List<ExtractedEvent> events)
    {
        var kept = new List<ExtractedEvent>();
        foreach (var e in events)
        {
            var index = kept.FindIndex(k => Same(k, e));
            if (index < 0)
            {
                kept.Add(e);
                continue;
            }

            var first = kept[index];
            if (e.DatedByText && !first.DatedByText && e.Event.Status == first.Event.Status)
            {
                kept[index] = first with
                {
                    DatedByText = true,
                    Event = first.Event with { Date = e.Event.Date, Confidence = Math.Max(first.Event.Confidence ?? 0, e.Event.Confidence ?? 0) },
                };
            }
        }

        return kept;
    }

    // The same verb, the same principal actor, the same reality (a plan is not its happening), no other
    // participant or place that tells them apart, and dates that agree unless one only has the article's.
    private static bool Same(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Lemma != b.Lemma || a.Event.Status != b.Event.Status || a.Event.Actors.Count == 0 || b.Event.Actors.Count == 0) return false;
        if (a.Event.Actors[0] != b.Event.Actors[0]) return false;
        if (a.Event.Place is { } pa && b.Event.Place is { } pb && pa != pb) return false;
        var (others, more) = (a.Event.Actors.Skip(1).ToHashSet(StringComparer.Ordinal), b.Event.Actors.Skip(1).ToHashSet(StringComparer.Ordinal));
        if (!others.IsSubsetOf(more) && !more.IsSubsetOf(others)) return false;
        var (da, db) = (a.Event.Date, b.Event.Date);
        var (fa, fb) = (IsFallback(da), IsFallback(db));
        if (fa != fb) return fa ? !LongBefore(db, da) : !LongBefore(da, db);
        return fa || da.Value == db.Value;
    }

    // "The BJP won 240 seats" told in the lead with no date of its own is the news of the days before the article; "The BJP had won
    // outright majorities in 2014" is an earlier happening of the same verb and actor, not its restatement. A dated telling that ends
    // more than a month before the day the undated one is bounded by tells another happening.
    private static bool LongBefore(Model.EventDate dated, Model.EventDate fallback) =>
        (dated.End ?? dated.Start) is { } end && (fallback.End ?? fallback.Start) is { } bound && end < bound.AddDays(-MonthOfNews);

    private const int MonthOfNews = 31;

    private static bool IsFallback(Model.EventDate d) => d.IsReportedOnly() || (d.Approximate && d.Text is null && d.Anchor is null);
}
