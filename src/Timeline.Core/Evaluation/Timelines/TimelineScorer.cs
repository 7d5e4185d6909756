namespace Timeline.Evaluation.Timelines;

/// <summary>
/// Scores a system timeline against a gold one as temporal awareness (SemEval-2015 Task 4): each dated
/// event is linked to its date, events of consecutive ranks by BEFORE, events of one rank by SIMULTANEOUS
/// (a reduced graph). Precision: system links that hold in the gold closure; recall: gold links that hold
/// in the system closure. Rank 0 (undated) is not scored; events match by exact token id.
/// </summary>
public static class TimelineScorer
{
    public static TimelineScore Score(EntityTimeline gold, EntityTimeline system)
    {
        var goldView = new View(gold);
        var systemView = new View(system);
        var systemLinks = Links(systemView);
        var goldLinks = Links(goldView);
        return new TimelineScore
        {
            SystemLinks = systemLinks.Count,
            SystemCorrect = systemLinks.Count(goldView.Holds),
            GoldLinks = goldLinks.Count,
            GoldFound = goldLinks.Count(systemView.Holds),
        };
    }

    private static List<Link> Links(View view)
    {
        var links = new List<Link>();
        foreach (var (token, rank) in view.Ranks)
        {
            var date = view.Dates[token];
            if (!date.StartsWith("XXXX", StringComparison.Ordinal)) links.Add(new Link(Kind.Included, token, date));
        }

        var groups = view.Ranks.GroupBy(p => p.Value).OrderBy(g => g.Key).Select(g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList()).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = 1; j < groups[i].Count; j++) links.Add(new Link(Kind.Simultaneous, groups[i][j - 1], groups[i][j]));
            if (i + 1 < groups.Count) links.Add(new Link(Kind.Before, groups[i][0], groups[i + 1][0]));
        }

        return links;
    }

    private enum Kind
    {
        Before,
        Simultaneous,
        Included,
    }

    private sealed record Link(Kind Kind, string From, string To);

    /// <summary>A timeline's closure: ranks order events, a rank shares its dates.</summary>
    private sealed class View
    {
        public View(EntityTimeline timeline)
        {
            foreach (var e in timeline.Entries.Where(e => e.Rank > 0))
            {
                if (Ranks.TryAdd(e.Token, e.Rank)) Dates[e.Token] = e.Date;
            }

            foreach (var (token, rank) in Ranks)
            {
                if (!DatesOfRank.TryGetValue(rank, out var set)) DatesOfRank[rank] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(Dates[token]);
            }
        }

        public Dictionary<string, int> Ranks { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Dates { get; } = new(StringComparer.Ordinal);

        private Dictionary<int, HashSet<string>> DatesOfRank { get; } = [];

        public bool Holds(Link link) => link.Kind switch
        {
            Kind.Included => Ranks.TryGetValue(link.From, out var r) && DatesOfRank[r].Contains(link.To),
            Kind.Before => Ranks.TryGetValue(link.From, out var a) && Ranks.TryGetValue(link.To, out var b) && a < b,
            _ => Ranks.TryGetValue(link.From, out var x) && Ranks.TryGetValue(link.To, out var y) && x == y,
        };
    }
}
