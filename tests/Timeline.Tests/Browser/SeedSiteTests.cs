using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Browser;

/// <summary>The seed article built by the whole pipeline, then read in Chromium as a reader would.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SeedSiteTests(BrowserFixture browser) : IDisposable
{
    private readonly PipelineRun _run = PipelineRun.Of(PipelineCases.SeedArticle);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task The_seed_events_appear_in_order_with_their_dates_and_every_actor_link_opens_its_page()
    {
        _run.Build();
        Assert.False(_run.Diagnostics.HasErrors, _run.DiagnosticsText());
        var data = new EventStore(_run.Output).Load(new DiagnosticBag()).Data;
        var indexUrl = new Uri(Path.Combine(_run.Site, "index.html")).AbsoluteUri;

        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(indexUrl);

        // The front page is the seed's key events; every event is one click away.
        Assert.Equal(["18 August 2023"], await page.Locator(".key-date-heading").AllInnerTextsAsync());
        Assert.True(await page.Locator(".key-entry").CountAsync() >= 1);
        var keyActors = await page.Locator(".key-entry a.key-actor").AllInnerTextsAsync();
        await Task.WhenAll(page.WaitForURLAsync("**/events.html"), page.Locator("#key-events a", new() { HasText = "All events" }).First.ClickAsync());

        var titles = await page.Locator("#timeline .event .event-title").AllInnerTextsAsync();
        var dates = await page.Locator("#timeline .event .event-date").AllInnerTextsAsync();
        Assert.Equal(titles.Count, dates.Count);
        var expected = new (TimelineEvent Event, string Date)[]
        {
            (Single(data, e => Has(data, e, "Sergei Shoigu")), "before 18 August 2023"),
            (Single(data, e => Has(data, e, "Li Shangfu", "Belarus") && Trigger(e, "visit")), "around August 2023"),
            (Single(data, e => Has(data, e, "Alexander Lukashenko") && Trigger(e, "talks")), "around August 2023"),
            (Single(data, e => Trigger(e, "drills") && e.Date.Planned), "2024 (planned)"),
        };
        var positions = new List<int>();
        foreach (var (e, date) in expected)
        {
            var at = titles.ToList().IndexOf(e.Title);
            Assert.True(at >= 0, $"'{e.Title}' is not on the page; titles: {string.Join(" | ", titles)}");
            Assert.Equal(date, dates[at]);
            positions.Add(at);
        }

        Assert.Equal(positions.Order(), positions);

        var links = page.Locator("main a[href^='actors/']");
        var targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            var href = (await link.GetAttributeAsync("href"))!;
            var name = await link.InnerTextAsync();
            Assert.Equal(name, targets.GetValueOrDefault(href, name));
            targets[href] = name;
        }

        // Only actors that take part in an event or a key date have a page (the registry also lists some neither names).
        var named = data.Events.SelectMany(e => e.Place is null ? e.Actors : e.Actors.Append(e.Place)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(data.Actors.Where(a => named.Contains(a.Id)).Select(a => a.Name).Union(keyActors).Order(StringComparer.Ordinal), targets.Values.Order(StringComparer.Ordinal));
        foreach (var (href, name) in targets)
        {
            var file = Path.Combine(_run.Site, href);
            Assert.True(File.Exists(file), $"{href} does not exist");
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        }

        Assert.Empty(watch.Errors);
        Assert.Empty(watch.NonFileRequests);
    }

    private static TimelineEvent Single(TimelineData data, Func<TimelineEvent, bool> match) =>
        Assert.Single(data.Events, e => match(e));

    private static bool Has(TimelineData data, TimelineEvent e, params string[] names) =>
        names.All(n => data.Actors.Find(a => a.Name == n) is { } actor && e.Actors.Contains(actor.Id));

    private static bool Trigger(TimelineEvent e, string word) =>
        e.Sources.Exists(s => string.Equals(s.Trigger, word, StringComparison.OrdinalIgnoreCase));
}
