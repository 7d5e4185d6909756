using System.Globalization;
using System.Text;
using Timeline.Extract.Events;

namespace Timeline.Evaluation.Events;

/// <summary>Prints <see cref="EventStatistics"/> as plain fixed-width text; shares are of all events, invariant culture.</summary>
public static class EventStatisticsReport
{
    public static string Format(EventStatistics s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"articles {s.Articles}, events {s.Events}, events per article: mean {s.MeanEventsPerArticle:F2}, max {s.MaxEventsPerArticle}\n");

        Table(sb, "type", s.Types, s.Events);
        Table(sb, "status", s.Statuses, s.Events);
        Table(sb, "precision", s.Precisions, s.Events);

        Line(sb, "\ndates                                events   share");
        Row(sb, "dated by the text", s.DatedByText, s.Events);
        Row(sb, "article date as fallback", s.ArticleDateFallback, s.Events);
        Row(sb, "dated through an anchor event", s.DatedByAnchor, s.Events);
        Row(sb, "more than 30 days from the article", s.Over30Days, s.Events);
        Row(sb, "more than 365 days from the article", s.Over365Days, s.Events);
        sb.Append(CultureInfo.InvariantCulture, $"({s.Measured} event(s) with a calendar date and a dated article)\n");
        if (s.Farthest.Count > 0)
        {
            Line(sb, "\nfarthest from their article's date\n   days  date        article     event  (date text)");
            foreach (var d in s.Farthest)
            {
                var text = d.Text is null ? "" : $"  \"{OneLine(d.Text)}\"";
                sb.Append(CultureInfo.InvariantCulture, $"{d.Days,7}  {d.Date,-10}  {d.ArticleDate:yyyy-MM-dd}  {d.EventId}{text}\n");
            }
        }

        Line(sb, "\nheadline rules                       titles   share");
        Row(sb, "any", s.TitlesWithViolations, s.Events);
        foreach (var tally in s.Violations)
        {
            Row(sb, Name(tally.Kind), tally.Count, s.Events);
            foreach (var example in tally.Examples)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    \"{OneLine(example)}\"\n");
            }
        }

        Line(sb, "");
        Row(sb, "merged from several articles", s.MergedFromSeveralArticles, s.Events);
        return sb.ToString();
    }

    public static string Share(int count, int total) =>
        (total == 0 ? 0 : 100.0 * count / total).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static void Table(StringBuilder sb, string heading, List<NamedCount> counts, int total)
    {
        sb.Append(CultureInfo.InvariantCulture, $"\n{heading,-36} events   share\n");
        foreach (var c in counts)
        {
            Row(sb, c.Name, c.Count, total);
        }
    }

    private static void Row(StringBuilder sb, string label, int count, int total) =>
        sb.Append(CultureInfo.InvariantCulture, $"{label,-36} {count,6} {Share(count, total),7}\n");

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');

    private static string Name(HeadlineViolation kind) => kind switch
    {
        HeadlineViolation.TooLong => "too long",
        HeadlineViolation.FirstWord => "first word",
        HeadlineViolation.UnbalancedQuotes => "unbalanced quotes",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
