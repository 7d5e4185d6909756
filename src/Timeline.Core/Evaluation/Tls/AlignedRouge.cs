namespace Timeline.Evaluation.Tls;

/// <summary>
/// The align+ many-to-one ROUGE of Martschat and Markert (2017), as <c>tilse</c>'s
/// <c>evaluate_align_date_content_costs_many_to_one</c> computes it. For precision each system date is paired with the
/// gold date of lowest cost, for recall each gold date with the system date of lowest cost (the earliest on a tie);
/// the cost of a pair is (1 - 1/(days apart + 1)) x (1 - an approximate ROUGE-1 F1 on the raw, space-separated tokens).
/// The n-gram hits of a pair count 1/(days apart + 1); hits and counts are summed over the dates of the timeline.
/// </summary>
public static class AlignedRouge
{
    /// <summary>ROUGE-1 and ROUGE-2 of <paramref name="system"/> against <paramref name="gold"/>.</summary>
    public static (Prf Rouge1, Prf Rouge2) Score(TlsTimeline system, TlsTimeline gold, RougeTokenizer tokenizer)
    {
        var sys = system.Days.OrderBy(d => d.Date).ToList();
        var reference = gold.Days.OrderBy(d => d.Date).ToList();
        if (sys.Count == 0 || reference.Count == 0) return (Prf.Zero, Prf.Zero);

        var costs = new double[sys.Count, reference.Count];
        for (var i = 0; i < sys.Count; i++)
        {
            for (var j = 0; j < reference.Count; j++)
            {
                costs[i, j] = Cost(sys[i], reference[j]);
            }
        }

        var sysTokens = sys.Select(d => tokenizer.Tokens(d.Sentences)).ToList();
        var goldTokens = reference.Select(d => tokenizer.Tokens(d.Sentences)).ToList();
        var (p1, p2, sys1, sys2) = (0.0, 0.0, 0, 0);
        for (var i = 0; i < sys.Count; i++)
        {
            var j = Enumerable.Range(0, reference.Count).MinBy(j => costs[i, j]);
            var weight = Weight(sys[i].Date, reference[j].Date);
            var one = NGramOverlap.Count(sysTokens[i], goldTokens[j], 1);
            var two = NGramOverlap.Count(sysTokens[i], goldTokens[j], 2);
            (p1, p2, sys1, sys2) = (p1 + (weight * one.Hits), p2 + (weight * two.Hits), sys1 + one.System, sys2 + two.System);
        }

        var (r1, r2, gold1, gold2) = (0.0, 0.0, 0, 0);
        for (var j = 0; j < reference.Count; j++)
        {
            var i = Enumerable.Range(0, sys.Count).MinBy(i => costs[i, j]);
            var weight = Weight(sys[i].Date, reference[j].Date);
            var one = NGramOverlap.Count(sysTokens[i], goldTokens[j], 1);
            var two = NGramOverlap.Count(sysTokens[i], goldTokens[j], 2);
            (r1, r2, gold1, gold2) = (r1 + (weight * one.Hits), r2 + (weight * two.Hits), gold1 + one.Gold, gold2 + two.Gold);
        }

        return (Prf.Of(p1, sys1, r1, gold1), Prf.Of(p2, sys2, r2, gold2));
    }

    /// <summary>How far apart two dates are as a weight: 1 on the same day, 1/2 a day apart, 1/(n+1) n days apart.</summary>
    public static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    /// <summary>The cost of pairing a system date with a gold date: 0 on the same day or with identical words.</summary>
    public static double Cost(TlsDay system, TlsDay gold) => (1 - Weight(system.Date, gold.Date)) * (1 - ApproximateRouge1(system.Sentences, gold.Sentences));

    /// <summary>ROUGE-1 F1 on raw tokens split at spaces, case kept, no stemming: the cheap overlap the alignment uses.</summary>
    public static double ApproximateRouge1(IEnumerable<string> system, IEnumerable<string> gold)
    {
        var sys = Counts(system);
        var reference = Counts(gold);
        double match = sys.Sum(t => Math.Min(t.Value, reference.GetValueOrDefault(t.Key)));
        var p = Prf.Of(match, sys.Values.Sum(), match, reference.Values.Sum());
        return p.F1;
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
