using Timeline.Evaluation.Events;

namespace Timeline.Tests.Evaluation.Events;

public sealed class EventStatisticsReportTests
{
    private readonly string _report = EventStatisticsReport.Format(EventStatisticsCalculator.Compute(EventSamples.Timeline()));

    private static string Row(string label, int count, string share) => $"{label,-36} {count,6} {share,7}\n";

    [Fact]
    public void Starts_with_the_counts_and_events_per_article()
    {
        Assert.StartsWith("articles 3, events 5, events per article: mean 2.00, max 3\n", _report, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_shares_of_all_events_with_one_decimal()
    {
        Assert.Contains(Row("other", 2, "40.0%"), _report, StringComparison.Ordinal);
        Assert.Contains(Row("hypothetical", 1, "20.0%"), _report, StringComparison.Ordinal);
        Assert.Contains(Row("dated by the text", 3, "60.0%"), _report, StringComparison.Ordinal);
        Assert.Contains(Row("more than 365 days from the article", 1, "20.0%"), _report, StringComparison.Ordinal);
        Assert.Contains(Row("any", 4, "80.0%"), _report, StringComparison.Ordinal);
        Assert.Contains(Row("merged from several articles", 1, "20.0%"), _report, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_farthest_dates_with_their_article_date_and_text()
    {
        Assert.Contains("   1175  2020        2024-03-20  dam-burst  \"in 2020\"\n", _report, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_example_titles_under_their_rule()
    {
        Assert.Contains(Row("truncated", 2, "40.0%") + "    \"Ministers will meet in Oslo with the\"\n    \"Kenya has\"\n", _report, StringComparison.Ordinal);
    }
}
