using Timeline.Model;

namespace Timeline.Evaluation.Anchoring;

/// <summary>Pairs gold anchored events with system events whose trigger spans overlap, one to one, greedily left to right.</summary>
public static class AnchoringMatcher
{
    /// <summary>One match per gold anchor, in text order; system events without a source are never matched.</summary>
    public static IReadOnlyList<AnchoringMatch> Match(IReadOnlyList<GoldAnchor> gold, IReadOnlyList<TimelineEvent> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var candidates = system.Where(e => e.Sources.Count > 0)
            .OrderBy(e => e.Sources[0].TriggerOffset).ThenBy(e => e.Sources[0].TriggerLength)
            .ToList();
        var taken = new bool[candidates.Count];
        var matches = new List<AnchoringMatch>();
        foreach (var anchor in gold.OrderBy(a => a.Event.Start).ThenBy(a => a.Event.End))
        {
            var index = -1;
            for (var i = 0; i < candidates.Count && index < 0; i++)
            {
                if (!taken[i] && Overlaps(anchor.Event, candidates[i])) index = i;
            }

            if (index >= 0) taken[index] = true;
            matches.Add(new AnchoringMatch { Gold = anchor, System = index >= 0 ? candidates[index] : null });
        }

        return matches;
    }

    /// <summary>The system trigger and the gold EVENT share at least one character.</summary>
    public static bool Overlaps(GoldEvent gold, TimelineEvent system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (system.Sources.Count == 0) return false;
        var source = system.Sources[0];
        return source.TriggerOffset < gold.End && gold.Start < source.TriggerOffset + source.TriggerLength;
    }
}
