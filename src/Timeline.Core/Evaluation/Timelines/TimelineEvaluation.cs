using Timeline.Diagnostics;
using Timeline.Extract;

namespace Timeline.Evaluation.Timelines;

/// <summary>Builds the system timelines of a SemEval-style corpus and scores each against its gold timeline.</summary>
public sealed class TimelineEvaluation
{
    public required List<(EntityTimeline Gold, EntityTimeline System, TimelineScore Score)> Entities { get; init; }

    public TimelineScore Total => Entities.Aggregate(TimelineScore.Zero, (sum, e) => sum.Plus(e.Score));

    public static TimelineEvaluation Run(string folder, ArticleExtractor extractor, DiagnosticBag diagnostics)
    {
        var corpus = SemEvalCorpus.Load(folder, diagnostics);
        var system = new EntityTimelineBuilder(extractor).Build(corpus, corpus.Gold.Select(g => (g.Entity, g.Name)));
        return new TimelineEvaluation
        {
            Entities = [.. corpus.Gold.Zip(system, (g, s) => (g, s, TimelineScorer.Score(g, s)))],
        };
    }

    public string Format()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("entity                         P       R      F1   system links  gold links\n");
        foreach (var (gold, system, score) in Entities)
        {
            sb.Append(Row(gold.Entity, score));
        }

        sb.Append(Row("all (micro)", Total));
        return sb.ToString();
    }

    private static string Row(string name, TimelineScore s) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{name,-26} {s.Precision * 100,6:F2}  {s.Recall * 100,6:F2}  {s.F1 * 100,6:F2}   {s.SystemCorrect,5}/{s.SystemLinks,-6}  {s.GoldFound,5}/{s.GoldLinks,-6}\n");
}
