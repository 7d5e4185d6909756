using Timeline.Diagnostics;
using Timeline.Render;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class SiteInBrowserTests : IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly TempFolder _temp = new();

    public SiteInBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Index_shows_the_events_in_date_order_and_every_actor_link_opens_its_page()
    {
        var site = _temp.Combine("site");
        var diagnostics = new DiagnosticBag();
        var data = RenderSamples.Small();
        Assert.True(new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = BuiltInTemplates.Locate() }).Render(data, site, diagnostics));
        var indexUrl = new Uri(Path.Combine(site, "index.html")).AbsoluteUri;

        await using var context = await _browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(indexUrl);

        var dates = await page.Locator("#timeline .event .event-date").AllInnerTextsAsync();
        Assert.Equal(RenderSamples.SmallDateTexts, dates);
        var titles = await page.Locator("#timeline .event .event-title").AllInnerTextsAsync();
        Assert.Equal(["Belarus announces the visit", "Li Shangfu meets Russian officials", "Li Shangfu visits Belarus", "Joint military exercise"], titles);

        var links = page.Locator("main a[href^='actors/']");
        var targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            targets.TryAdd((await link.GetAttributeAsync("href"))!, await link.InnerTextAsync());
        }

        Assert.Equal(data.Actors.Select(a => a.Name).Order(StringComparer.Ordinal), targets.Values.Order(StringComparer.Ordinal));
        foreach (var (href, name) in targets)
        {
            Assert.True(File.Exists(Path.Combine(site, href)), $"{href} does not exist");
            await page.GotoAsync(indexUrl);
            // Listen for the navigation before clicking, so a fast one is not missed.
            await Task.WhenAll(
                page.WaitForURLAsync("**/" + href),
                page.Locator($"#timeline a[href='{href}']").First.ClickAsync());
            Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        }

        Assert.Equal(0, await page.Locator("#timeline a[href*='lukashenko']").CountAsync());
        Assert.Empty(watch.Errors);
        Assert.Empty(watch.NonFileRequests);
        Assert.Contains(watch.Requests, u => u.EndsWith("/assets/style.css", StringComparison.Ordinal));
    }
}
