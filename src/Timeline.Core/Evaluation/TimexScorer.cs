using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>Scores system TIMEX3s against gold ones with the TempEval-3 rules, micro-averaged over documents.</summary>
public static class TimexScorer
{
    public static TimexScore Score(IEnumerable<(IReadOnlyList<GoldTimex> Gold, IReadOnlyList<Timex3> System)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = TimexScore.Zero;
        foreach (var (gold, system) in documents)
        {
            total = total.Plus(Score(TimexAligner.Align(gold, system), gold.Count, system.Count));
        }

        return total;
    }

    /// <summary>The counts of one aligned document.</summary>
    public static TimexScore Score(TimexAlignment alignment, int gold, int system)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        return new TimexScore
        {
            Gold = gold,
            System = system,
            StrictMatches = alignment.Pairs.Count(p => p.SameExtent),
            RelaxedMatches = alignment.Pairs.Count,
            ValueMatches = alignment.Pairs.Count(p => p.SameValue),
            TypeMatches = alignment.Pairs.Count(p => p.SameType),
        };
    }
}
