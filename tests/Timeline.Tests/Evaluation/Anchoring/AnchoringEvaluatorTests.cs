using Timeline.Evaluation;
using Timeline.Evaluation.Anchoring;
using Timeline.Model;

namespace Timeline.Tests.Evaluation.Anchoring;

public sealed class AnchoringEvaluatorTests
{
    private static readonly TimeMlDocument Sample = TimeMl.Read(AnchoringSample.Document());

    // Gold anchors: said 2001-03-02, sold 2000-11, rose 2001-03-04, fell 2001-03-04 (DCT); slump has none.
    private static List<TimelineEvent> SystemEvents() =>
    [
        Event("said", "2001-03-04"), // the article date against Friday: wrong day
        Event("sold its", "2000-11-15", "in November"), // a day for a month: right
        Event("rose", "2001-03-04", "10:30 a.m."), // right, but "Shares rose" comes first and takes the gold event
        Event("Shares rose", "2001-03", "March"), // a month for a day: wrong
        Event("slump", "2000-10"), // on a gold EVENT without an anchor
        Event("company", "2001-03-04"), // on no gold EVENT
    ];

    [Fact]
    public void Counts_gold_system_matched_and_right_one_to_one_left_to_right()
    {
        var result = AnchoringEvaluator.Compare("a.tml", Sample, TimeMlEventReader.Read(Sample), SystemEvents());

        var score = result.Score;
        Assert.Equal((1, 4, 6, 3, 1), (score.Documents, score.Gold, score.System, score.Matched, score.Right));
        Assert.Equal((3, 1), (score.Unmatched, score.UnmatchedOnGoldEvent));
        Assert.Equal(0.75, score.Coverage, 3);
        Assert.Equal(1.0 / 3, score.Accuracy, 3);
        Assert.Equal("fell", Assert.Single(result.Missed).Event.Text);
    }

    [Fact]
    public void Lists_each_wrongly_dated_event_with_the_words_that_dated_it()
    {
        var result = AnchoringEvaluator.Compare("a.tml", Sample, TimeMlEventReader.Read(Sample), SystemEvents());

        Assert.Equal(["said", "rose"], result.Errors.Select(e => e.Gold.Event.Text));
        Assert.Equal(["2001-03-04", "2001-03"], result.Errors.Select(e => e.SystemDate.Value));
        Assert.Equal([null, "March"], result.Errors.Select(e => e.SystemDate.Text));
        Assert.Equal("Shares rose", result.Errors[1].SystemTrigger);
        Assert.Equal("other day; gold time expression; system no words", AnchoringErrorReport.Kind(result.Errors[0]));
        Assert.Equal("less precise; gold time expression; system words", AnchoringErrorReport.Kind(result.Errors[1]));
        Assert.Contains("company [said] on Friday", result.Errors[0].Context, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1998-08-07", "1998-08-07", true)]
    [InlineData("1998-08", "1998-08-07", true)]
    [InlineData("1998", "1998-Q3", true)]
    [InlineData("1998-08-07", "1998-08", false)]
    [InlineData("1998-08-07", "1998-08-08", false)]
    [InlineData("1998-08", "1998-Q3", false)]
    [InlineData("1998-08-07", "XXXX-XX-XX", false)]
    public void A_date_is_right_when_it_agrees_to_the_gold_precision(string gold, string system, bool right)
    {
        var anchor = TimeMlEventReader.Read(Sample)[0] with { Value = gold };

        Assert.Equal(right, new AnchoringMatch { Gold = anchor, System = Event("said", system) }.DatedRight);
    }

    [Fact]
    public void The_report_prints_a_row_per_corpus_and_the_total()
    {
        var document = AnchoringEvaluator.Compare("a.tml", Sample, TimeMlEventReader.Read(Sample), SystemEvents());
        var corpora = new[] { new AnchoringCorpus { Name = "one", Documents = [document] }, new AnchoringCorpus { Name = "two", Documents = [document, document] } };

        var report = AnchoringReport.Format(corpora);
        var errors = AnchoringErrorReport.Format(corpora);

        Assert.Contains("\none                 1       4       6        3     75.0%       1     33.3%          3         1\n", report, StringComparison.Ordinal);
        Assert.Contains("\ntotal               3      12      18        9     75.0%       3     33.3%          9         3\n", report, StringComparison.Ordinal);
        Assert.StartsWith("6 wrongly dated, 3 missed gold anchored event(s)\n", errors, StringComparison.Ordinal);
        Assert.Contains("     3  STATE\n", errors, StringComparison.Ordinal);
        Assert.Contains("  two/a.tml  \"rose\"  gold: 2001-03-04 (\"10:30 a.m.\")  system: 2001-03 (\"March\", trigger \"Shares rose\")  | ", errors, StringComparison.Ordinal);
    }

    private static TimelineEvent Event(string trigger, string value, string? words = null)
    {
        var at = Sample.Text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{trigger}' not in the sample");
        return new TimelineEvent
        {
            Id = trigger.Replace(' ', '-'),
            Title = trigger,
            Date = new EventDate { Value = value, Precision = DatePrecision.Day, Text = words },
            Sources = [new EventSource { Article = "a", Offset = 0, Length = Sample.Text.Length, TriggerOffset = at, TriggerLength = trigger.Length, Trigger = trigger }],
        };
    }
}
