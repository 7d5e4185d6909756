using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>
/// Pairs system and gold TIMEX3s the TempEval-3 way: spans that overlap, greedily, one to one,
/// from left to right (each system TIMEX3 takes the leftmost unpaired gold one it overlaps).
/// </summary>
public static class TimexAligner
{
    public static TimexAlignment Align(IReadOnlyList<GoldTimex> gold, IReadOnlyList<Timex3> system)
    {
        var golds = gold.OrderBy(g => g.Start).ThenBy(g => g.End).ToList();
        var taken = new bool[golds.Count];
        var pairs = new List<TimexPair>();
        var spurious = new List<Timex3>();
        foreach (var s in system.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            var match = -1;
            for (var i = 0; i < golds.Count && golds[i].Start < s.End; i++)
            {
                if (!taken[i] && Overlap(golds[i], s))
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                spurious.Add(s);
                continue;
            }

            taken[match] = true;
            pairs.Add(new TimexPair { Gold = golds[match], System = s });
        }

        return new TimexAlignment
        {
            Pairs = pairs,
            Missed = [.. golds.Where((_, i) => !taken[i])],
            Spurious = spurious,
        };
    }

    /// <summary>Half-open spans overlap when each starts before the other ends; an empty span never overlaps.</summary>
    private static bool Overlap(GoldTimex g, Timex3 s) => g.Start < s.End && s.Start < g.End;
}
