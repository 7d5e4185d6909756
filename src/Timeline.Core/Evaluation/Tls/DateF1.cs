namespace Timeline.Evaluation.Tls;

/// <summary>Date selection scored on exact days: the share of system dates that are gold dates, and of gold dates found.</summary>
public static class DateF1
{
    public static Prf Score(IEnumerable<DateOnly> system, IEnumerable<DateOnly> gold)
    {
        var s = system.ToHashSet();
        var g = gold.ToHashSet();
        var hits = s.Count(g.Contains);
        return Prf.Of(hits, s.Count, hits, g.Count);
    }
}
