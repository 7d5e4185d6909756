using System.Text.RegularExpressions;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed partial class LargeTimelineTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_index_of_a_thousand_events_lists_every_one_and_weighs_under_one_megabyte_with_its_css_and_js()
    {
        var actors = Enumerable.Range(0, 40).Select(i => new Actor { Id = $"actor-{i:D2}", Name = $"Actor Number {i:D2}", Kind = (ActorKind)(i % 5) }).ToList();
        var events = Enumerable.Range(0, 1000).Select(i => new TimelineEvent
        {
            Id = $"event-{i:D4}",
            Title = $"Officials of two governments meet to discuss the crisis, round {i}",
            Summary = $"Delegations met for talks on the border dispute and agreed to continue the negotiations next month (report {i}).",
            Date = RenderSamples.Day(2016, 1, 1) with { Start = new DateOnly(2016, 1, 1).AddDays(i * 3), End = new DateOnly(2016, 1, 1).AddDays(i * 3) },
            Actors = [actors[i % 40].Id, actors[(i * 7 + 3) % 40].Id, actors[(i * 11 + 5) % 40].Id],
            Place = actors[(i * 3 + 4) % 40].Id,
            Type = "CONSULT",
            Sources = [RenderSamples.Source("belarus-visit", i)],
        }).ToList();
        var data = RenderSamples.Small() with { Actors = actors, Events = events };

        // Above the default page_events the front page would list periods: this is the one-page budget.
        Assert.True(_site.Render(data, settings: new SiteSettings { PageEvents = 1000 }), _site.Errors());

        var index = _site.Read("index.html");
        Assert.Equal(1000, EventItem().Count(index));
        Assert.EndsWith("</html>\n", index, StringComparison.Ordinal);
        var weight = new[] { "index.html", "assets/style.css", "assets/timeline.js" }.Sum(f => new FileInfo(Path.Combine(_site.Site, f)).Length);
        Assert.True(weight < 1_000_000, $"index weighs {weight} bytes with its CSS and JS");
    }

    [GeneratedRegex("<li class=\"event ")]
    private static partial Regex EventItem();
}
