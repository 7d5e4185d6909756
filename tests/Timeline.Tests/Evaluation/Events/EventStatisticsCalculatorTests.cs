using Timeline.Evaluation.Events;
using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Evaluation.Events;

public sealed class EventStatisticsCalculatorTests
{
    private readonly EventStatistics _stats = EventStatisticsCalculator.Compute(EventSamples.Timeline());

    [Fact]
    public void Counts_events_per_article_over_every_article_an_event_cites_including_empty_ones()
    {
        Assert.Equal(3, _stats.Articles);
        Assert.Equal(5, _stats.Events);
        Assert.Equal(2.0, _stats.MeanEventsPerArticle, 6);
        Assert.Equal(3, _stats.MaxEventsPerArticle);
    }

    [Fact]
    public void Puts_other_first_counting_events_without_a_type_as_other()
    {
        Assert.Equal([new("other", 2), new("AGREE", 2), new("MEET", 1)], _stats.Types);
    }

    [Fact]
    public void Lists_every_status_and_every_precision_finest_first()
    {
        Assert.Equal([new("happened", 3), new("ongoing", 0), new("planned", 1), new("negated", 0), new("hypothetical", 1)], _stats.Statuses);
        Assert.Equal(["time", "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"], _stats.Precisions.Select(p => p.Name));
        Assert.Equal([0, 2, 0, 1, 0, 0, 1, 0, 0, 1], _stats.Precisions.Select(p => p.Count));
    }

    [Fact]
    public void Tells_dates_read_in_the_text_from_the_article_date_fallback_and_from_anchored_ones()
    {
        Assert.Equal(3, _stats.DatedByText);
        Assert.Equal(1, _stats.ArticleDateFallback);
        Assert.Equal(1, _stats.DatedByAnchor);
    }

    [Fact]
    public void Measures_distance_to_the_nearest_source_article_and_lists_the_farthest_first()
    {
        Assert.Equal(4, _stats.Measured);
        Assert.Equal(2, _stats.Over30Days);
        Assert.Equal(1, _stats.Over365Days);
        Assert.Equal(["dam-burst", "ministers-meet", "kenya-sign-pact"], _stats.Farthest.Select(d => d.EventId));
        Assert.Equal([1175, 42, 1], _stats.Farthest.Select(d => d.Days));
        Assert.Equal(new DateOnly(2024, 3, 20), _stats.Farthest[1].ArticleDate);
        Assert.Equal("in 2020", _stats.Farthest[0].Text);
    }

    [Fact]
    public void Measures_a_date_known_only_by_its_end_from_that_end()
    {
        var data = EventSamples.Timeline();
        var before = data.Events[0] with { Date = new EventDate { Value = "2024-03-01", Precision = DatePrecision.Day, End = new(2024, 3, 1), Relation = DateRelation.Before } };

        var stats = EventStatisticsCalculator.Compute(data with { Events = [before] });

        Assert.Equal(14, Assert.Single(stats.Farthest).Days);
    }

    [Fact]
    public void Tallies_headline_violations_per_rule_with_examples()
    {
        Assert.Equal(4, _stats.TitlesWithViolations);
        var byKind = _stats.Violations.ToDictionary(v => v.Kind);
        Assert.Equal(Enum.GetValues<HeadlineViolation>(), _stats.Violations.Select(v => v.Kind));
        Assert.Equal(["But the talks stalled"], byKind[HeadlineViolation.FirstWord].Examples);
        Assert.Equal(["WASHINGTON (Reuters) - The dam burst"], byKind[HeadlineViolation.Dateline].Examples);
        Assert.Equal(2, byKind[HeadlineViolation.Truncated].Count);
        Assert.Equal(["Ministers will meet in Oslo with the", "Kenya has"], byKind[HeadlineViolation.Truncated].Examples);
        Assert.Equal(0, byKind[HeadlineViolation.TooLong].Count);
    }

    [Fact]
    public void Keeps_at_most_five_examples_of_a_rule_but_counts_them_all()
    {
        var data = EventSamples.Timeline();
        data = data with { Events = [.. Enumerable.Range(1, 7).Select(i => data.Events[1] with { Id = $"e{i}", Title = $"But talks stalled {i}" })] };

        var tally = EventStatisticsCalculator.Compute(data).Violations.Single(v => v.Kind == HeadlineViolation.FirstWord);

        Assert.Equal(7, tally.Count);
        Assert.Equal(["But talks stalled 1", "But talks stalled 2", "But talks stalled 3", "But talks stalled 4", "But talks stalled 5"], tally.Examples);
    }

    [Fact]
    public void Counts_an_event_as_merged_only_when_its_sources_are_different_articles()
    {
        Assert.Equal(1, _stats.MergedFromSeveralArticles);

        var data = EventSamples.Timeline();
        var twiceInOne = data.Events[0] with { Sources = [data.Events[0].Sources[0], data.Events[0].Sources[0] with { Offset = 40 }] };
        Assert.Equal(0, EventStatisticsCalculator.Compute(data with { Events = [twiceInOne] }).MergedFromSeveralArticles);
    }

    [Fact]
    public void An_empty_timeline_gives_zeros_not_an_error()
    {
        var stats = EventStatisticsCalculator.Compute(new TimelineData());

        Assert.Equal(0, stats.MeanEventsPerArticle);
        Assert.Equal([new("other", 0)], stats.Types);
        Assert.Contains("0.0%", EventStatisticsReport.Format(stats), StringComparison.Ordinal);
    }
}
