using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Evaluation.Events;

/// <summary>Computes <see cref="EventStatistics"/> from stored events and articles; pure, no extraction.</summary>
public static class EventStatisticsCalculator
{
    public const int FarthestShown = 10;
    public const int ExamplesShown = 5;
    public const string OtherType = "other";

    public static EventStatistics Compute(TimelineData data)
    {
        var events = data.Events;
        var articleDates = data.Articles.ToDictionary(a => a.Id, a => a.Date, StringComparer.Ordinal);
        var perArticle = data.Articles.ToDictionary(a => a.Id, _ => 0, StringComparer.Ordinal);
        foreach (var article in events.SelectMany(ArticlesOf).Where(perArticle.ContainsKey))
        {
            perArticle[article]++;
        }

        var distances = events.Select(e => Distance(e, articleDates)).OfType<DateDistance>().ToList();
        var checks = events.Select(e => (e.Title, Violations: HeadlineRules.Check(e.Title))).ToList();
        return new EventStatistics
        {
            Articles = data.Articles.Count,
            Events = events.Count,
            MeanEventsPerArticle = perArticle.Count == 0 ? 0 : perArticle.Values.Average(),
            MaxEventsPerArticle = perArticle.Count == 0 ? 0 : perArticle.Values.Max(),
            Types = Types(events),
            Statuses = [.. Enum.GetValues<EventStatus>().Select(s => Count(Name(s), events.Count(e => e.Status == s)))],
            Precisions = [.. Enum.GetValues<DatePrecision>().Reverse().Select(p => Count(Name(p), events.Count(e => e.Date.Precision == p)))],
            DatedByText = events.Count(e => !string.IsNullOrWhiteSpace(e.Date.Text)),
            ArticleDateFallback = events.Count(e => e.Date.IsReportedOnly() || (e.Date.Approximate && string.IsNullOrWhiteSpace(e.Date.Text))),
            DatedByAnchor = events.Count(e => string.IsNullOrWhiteSpace(e.Date.Text) && !e.Date.Approximate && e.Date.Anchor is not null),
            Measured = distances.Count,
            Over30Days = distances.Count(d => d.Days > 30),
            Over365Days = distances.Count(d => d.Days > 365),
            Farthest = [.. distances.Where(d => d.Days > 0).OrderByDescending(d => d.Days)
                .ThenBy(d => d.EventId, StringComparer.Ordinal).Take(FarthestShown)],
            TitlesWithViolations = checks.Count(c => c.Violations.Count > 0),
            Violations = [.. Enum.GetValues<HeadlineViolation>().Select(kind => Tally(kind, checks))],
            MergedFromSeveralArticles = events.Count(e => ArticlesOf(e).Count() > 1),
        };
    }

    private static IEnumerable<string> ArticlesOf(TimelineEvent e) => e.Sources.Select(s => s.Article).Distinct(StringComparer.Ordinal);

    private static List<NamedCount> Types(List<TimelineEvent> events)
    {
        var byType = events.GroupBy(e => string.IsNullOrWhiteSpace(e.Type) ? OtherType : e.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var other = Count(OtherType, byType.GetValueOrDefault(OtherType));
        return [other, .. byType.Where(t => t.Key != OtherType).OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => Count(t.Key, t.Value))];
    }

    // The nearest of the event's articles: an event merged from a later report is not "far" from it.
    private static DateDistance? Distance(TimelineEvent e, Dictionary<string, DateOnly?> articleDates)
    {
        // A "before" date may know only its end, an "after" date only its start.
        if ((e.Date.Start ?? e.Date.End) is not { } start) return null;
        var end = e.Date.End ?? start;
        DateDistance? nearest = null;
        foreach (var article in ArticlesOf(e))
        {
            if (articleDates.GetValueOrDefault(article) is not { } published) continue;
            var days = published < start ? start.DayNumber - published.DayNumber
                : published > end ? published.DayNumber - end.DayNumber : 0;
            if (nearest is null || days < nearest.Days)
            {
                nearest = new DateDistance { EventId = e.Id, Date = e.Date.Value, ArticleDate = published, Text = e.Date.Text, Days = days };
            }
        }

        return nearest;
    }

    private static ViolationTally Tally(HeadlineViolation kind, List<(string Title, IReadOnlyList<HeadlineViolation> Violations)> checks)
    {
        var breaking = checks.Where(c => c.Violations.Contains(kind)).Select(c => c.Title).ToList();
        return new ViolationTally
        {
            Kind = kind,
            Count = breaking.Count,
            Examples = [.. breaking.Distinct(StringComparer.Ordinal).Take(ExamplesShown)],
        };
    }

    private static NamedCount Count(string name, int count) => new(name, count);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
