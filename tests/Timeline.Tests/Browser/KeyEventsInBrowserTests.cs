using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>The key events front page in Chromium: readable at a glance, and the full timeline one click away.</summary>
[Collection(SharedBrowser.Name)]
public sealed class KeyEventsInBrowserTests : IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly TempFolder _temp = new();

    public KeyEventsInBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _temp.Dispose();

    private string Render(TimelineData data)
    {
        var site = _temp.Combine("site");
        var diagnostics = new DiagnosticBag();
        Assert.True(new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = BuiltInTemplates.Locate() }).Render(data, site, diagnostics),
            string.Join("\n", diagnostics.ToSortedList()));
        return site;
    }

    [Fact]
    public async Task The_front_page_shows_the_key_events_and_All_events_leads_to_the_full_timeline()
    {
        var site = Render(KeyEventSamples.Small());
        await using var context = await _browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);

        Assert.Equal("Key events", await page.Locator("#key-events h2").InnerTextAsync());
        Assert.Equal(["20 July 2023", "16 August 2023"], await page.Locator(".key-date-heading").AllInnerTextsAsync());
        Assert.True(await page.Locator(".key-entry").First.IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".event").CountAsync());

        await Task.WhenAll(page.WaitForURLAsync("**/events.html"), page.Locator("#key-events a", new() { HasText = "All events" }).First.ClickAsync());
        Assert.Equal("All events", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(
            ["Belarus announces the visit", "Li Shangfu meets Russian officials", "Li Shangfu visits Belarus", "Joint military exercise"],
            await page.Locator("#timeline .event .event-title").AllInnerTextsAsync());

        await Task.WhenAll(page.WaitForURLAsync("**/index.html"), page.Locator(".site-nav a", new() { HasText = "Key events" }).ClickAsync());
        await Task.WhenAll(page.WaitForURLAsync("**/events/li-shangfu-visit-belarus.html"), page.Locator("#key-2023-08-16 a.key-event").ClickAsync());
        Assert.Equal("Li Shangfu visits Belarus", await page.Locator("h1").InnerTextAsync());

        Assert.Empty(watch.Errors);
        Assert.Empty(watch.NonFileRequests);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Sixty_key_dates_fit_the_width_of_a_phone_and_a_desktop(int width)
    {
        var site = Render(RenderSamples.Small() with { Summary = KeyEventSamples.Weeks(60) });
        await using var context = await _browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);

        Assert.Equal(60, await page.Locator(".key-date-heading").CountAsync());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the window");
        // Compact: a key date (heading and two sentences) takes a few lines, not a screen.
        var height = await page.EvaluateAsync<double>("() => document.querySelector('.key-date').getBoundingClientRect().height");
        Assert.True(height < 200, $"one key date is {height}px tall");
    }
}
