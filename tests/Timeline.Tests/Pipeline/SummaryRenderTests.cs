using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>A summary.yaml in the output folder is rendered by the next build or render; one with errors stops the render as the events files do.</summary>
public sealed class SummaryRenderTests
{
    private static KeyTimeline SummaryOf(TimelineEvent e) => new()
    {
        Dates =
        [
            new KeyDate
            {
                Date = e.Date.Start!.Value,
                Entries = [new KeyEntry { Text = "The day that mattered, in one sentence.", Article = e.Sources[0].Article, Offset = e.Sources[0].Offset, Event = e.Id }],
            },
        ],
    };

    [Fact]
    public void A_summary_in_the_output_folder_makes_the_front_page_the_key_events()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();
        var stored = new EventStore(run.Output).Load(new DiagnosticBag()).Data;
        var dated = stored.Events.First(e => e.Date.Start is not null && e.Sources.Count > 0);
        new SummaryStore(run.Output).Save(SummaryOf(dated), new DiagnosticBag());

        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(run.Options).Render(diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        Assert.False(summary.NotRendered);
        var index = File.ReadAllText(Path.Combine(run.Site, "index.html"));
        Assert.Contains("The day that mattered, in one sentence.", index, StringComparison.Ordinal);
        Assert.Contains($"href=\"events/{dated.Id}.html\"", index, StringComparison.Ordinal);
        Assert.Contains(dated.Title, File.ReadAllText(Path.Combine(run.Site, "events.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(run.Site, "key-events.json")));
    }

    [Fact]
    public void A_summary_with_an_error_stops_the_render_and_keeps_the_previous_site()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();
        var before = File.ReadAllText(Path.Combine(run.Site, "index.html"));
        File.WriteAllText(Path.Combine(run.Output, SummaryStore.FileName), "dates:\n- date: 2023-02-30\n");

        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(run.Options).Render(diagnostics);

        Assert.True(summary.NotRendered);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == StoreCodes.BadDate && d.Line == 2);
        Assert.Equal(before, File.ReadAllText(Path.Combine(run.Site, "index.html")));
    }
}
