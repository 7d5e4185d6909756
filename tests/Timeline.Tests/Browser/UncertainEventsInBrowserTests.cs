using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>The less certain events switch in Chromium: hidden by default, shown by the switch, together with search and filters.</summary>
[Collection(SharedBrowser.Name)]
public sealed class UncertainEventsInBrowserTests(BrowserFixture browser) : IDisposable
{
    private static readonly string[] ConfidentTitles = ["Border talks, \"phase one\"; Minsk & Moscow", "Li Shangfu meets Russian officials", "Li Shangfu visits Belarus"];

    private readonly RenderedSite _site = new(RichSample.WithConfidence());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Less_certain_events_are_hidden_by_default_and_the_switch_shows_them_marked_uncertain()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(_site.Url("index.html"));

        var toggle = page.Locator("#show-uncertain");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("Show all events (2 less certain)", await toggle.InnerTextAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal(ConfidentTitles, await VisibleTitles(page));
        Assert.Equal("Showing 3 of 5 events (2 less certain hidden).", await Status(page));
        Assert.False(await page.Locator("#year-2024").IsVisibleAsync());

        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal(RichSample.EventCount, (await VisibleTitles(page)).Count);
        Assert.Equal("Showing all 5 events.", await Status(page));
        Assert.Equal(["Uncertain", "Uncertain"], await page.Locator("#timeline li.event:visible .flag-uncertain").AllInnerTextsAsync());
        Assert.True(await page.Locator("#joint-exercise-2024").IsVisibleAsync());

        // The choice is kept in the address like the filters, so a reload shows the same events.
        await page.ReloadAsync();
        Assert.Equal(RichSample.EventCount, (await VisibleTitles(page)).Count);
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();
        Assert.Equal(ConfidentTitles, await VisibleTitles(page));
        Assert.Empty(watch.Errors);
    }

    [Fact]
    public async Task Search_and_filters_work_together_with_the_switch_and_the_status_counts_the_hidden_ones()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("index.html"));

        await page.Locator("#filter-q").FillAsync("exercise");
        Assert.Empty(await VisibleTitles(page));
        Assert.Equal("Showing 0 of 5 events (1 less certain hidden).", await Status(page));

        await page.Locator("#show-uncertain").ClickAsync();
        Assert.Equal(["Joint military exercise"], await VisibleTitles(page));
        Assert.Equal("Showing 1 of 5 events.", await Status(page));

        await page.Locator("#filter-q").FillAsync("");
        await page.Locator("#filter-actor").SelectOptionAsync("li-shangfu");
        Assert.Equal(["Li Shangfu meets Russian officials", "Li Shangfu visits Belarus", "Joint military exercise"], await VisibleTitles(page));

        await page.Locator("#show-uncertain").ClickAsync();
        Assert.Equal(["Li Shangfu meets Russian officials", "Li Shangfu visits Belarus"], await VisibleTitles(page));
        Assert.Equal("Showing 2 of 5 events (1 less certain hidden).", await Status(page));

        // Resetting the filters leaves the switch as it is.
        await page.Locator("button[type=reset]").ClickAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#timeline li.event:not([hidden])').length === n", ConfidentTitles.Length);
        Assert.Equal(ConfidentTitles, await VisibleTitles(page));
    }

    [Fact]
    public async Task The_switch_works_on_an_actor_page_and_a_permalink_to_a_less_certain_event_shows_it()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(_site.Url("actors/li-shangfu.html"));
        var titles = page.Locator("main li.event:visible .event-title");
        Assert.Equal(["Li Shangfu meets Russian officials", "Li Shangfu visits Belarus"], await titles.AllInnerTextsAsync());
        Assert.Equal("Show all events (1 less certain)", await page.Locator("#show-uncertain").InnerTextAsync());
        await page.Locator("#show-uncertain").ClickAsync();
        Assert.Equal(["Li Shangfu meets Russian officials", "Li Shangfu visits Belarus", "Joint military exercise"], await titles.AllInnerTextsAsync());

        // A page without less certain events has no switch.
        await page.GotoAsync(_site.Url("types/consult.html"));
        Assert.Equal(0, await page.Locator("#show-uncertain").CountAsync());
        Assert.Equal(2, await page.Locator("main li.event:visible").CountAsync());

        await page.GotoAsync(_site.Url("index.html", "joint-exercise-2024"));
        Assert.True(await page.Locator("#joint-exercise-2024").IsVisibleAsync());
        Assert.Equal("true", await page.Locator("#show-uncertain").GetAttributeAsync("aria-pressed"));

        await page.GotoAsync(_site.Url("events/joint-exercise-2024.html"));
        Assert.True(await page.Locator(".flag-uncertain").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_every_event_is_shown_with_its_badge_and_the_switch_stays_hidden()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("index.html"));

        Assert.Equal(RichSample.EventCount, (await VisibleTitles(page)).Count);
        Assert.Equal(2, await page.Locator("#timeline li.event .flag-uncertain:visible").CountAsync());
        Assert.False(await page.Locator("#show-uncertain").IsVisibleAsync());
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_serious_or_critical_violation_with_the_less_certain_events_shown(ColorScheme scheme)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("index.html"));
        await page.Locator("#show-uncertain").ClickAsync();

        var result = await page.RunAxe();
        var problems = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<List<string>> VisibleTitles(IPage page) =>
        [.. await page.Locator("#timeline li.event:visible .event-title").AllInnerTextsAsync()];

    private static Task<string> Status(IPage page) => page.Locator("#filter-status").InnerTextAsync();
}
