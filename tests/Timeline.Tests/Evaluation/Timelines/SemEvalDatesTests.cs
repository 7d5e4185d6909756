using Timeline.Evaluation.Timelines;
using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Evaluation.Timelines;

public sealed class SemEvalDatesTests
{
    private static readonly DateOnly Published = new(2010, 6, 4);

    [Fact]
    public void An_event_only_reported_is_placed_and_ranked_on_its_report_day()
    {
        var reported = EventDating.Reported(Published);

        Assert.Equal("2010-06-04", SemEvalDates.Format(reported));
        Assert.Equal(Published, SemEvalDates.SortKey(reported));
    }

    [Fact]
    public void A_month_is_written_at_month_precision_and_ranked_on_its_first_day()
    {
        var month = new EventDate { Value = "2009-05", Precision = DatePrecision.Month, Start = new(2009, 5, 1), End = new(2009, 5, 31) };

        Assert.Equal("2009-05", SemEvalDates.Format(month));
        Assert.Equal(new DateOnly(2009, 5, 1), SemEvalDates.SortKey(month));
    }

    [Fact]
    public void A_plan_after_the_article_has_no_day_in_the_format()
    {
        var after = new EventDate { Value = "2010-06-04", Precision = DatePrecision.Day, Start = Published, Relation = DateRelation.After, Approximate = true };

        Assert.Equal(SemEvalDates.Undated, SemEvalDates.Format(after));
    }
}
