using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>An article without a date: warned about once, and its relative dates left unplaced as the warning says.</summary>
public sealed class UndatedArticleTests
{
    [Fact]
    public void An_article_without_a_date_gets_one_warning_and_no_error()
    {
        using var run = PipelineRun.Of("no-date-reference");
        run.Build();

        var warning = Assert.Single(run.Diagnostics.ToSortedList());
        Assert.Equal(("TL0105", Severity.Warning), (warning.Code, warning.Severity));
        Assert.EndsWith("undated.md", warning.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_dates_of_an_undated_article_are_not_placed_on_the_calendar()
    {
        using var run = PipelineRun.Of("no-date-reference");
        run.Build();
        var events = new EventStore(run.Output).Load(new DiagnosticBag()).Data.Events;

        // "last week" and "next year" mean nothing without the article's date.
        Assert.NotEmpty(events);
        foreach (var e in events.Where(e => e.Date.Text is not null))
        {
            Assert.True(e.Date.Start is null && e.Date.End is null,
                $"{e.Id}: '{e.Date.Text}' was placed at {e.Date.Value} ({e.Date.Start}..{e.Date.End}) although the article has no date");
        }
    }
}
