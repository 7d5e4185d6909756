using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>Every page type of the default theme in Chromium: clean console, local only, accessible, filters and permalinks working.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SitePagesInBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly RenderedSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Every_page_type_loads_without_console_errors_or_requests_leaving_the_machine()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);

        foreach (var relative in RenderedSite.PageTypes)
        {
            await page.GotoAsync(_site.Url(relative));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.Equal(1, await page.Locator("main").CountAsync());
        }

        Assert.Empty(watch.Errors);
        Assert.Empty(watch.NonFileRequests);
        Assert.Contains(watch.Requests, u => u.EndsWith("/assets/timeline.js", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_page_type(ColorScheme scheme)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var relative in RenderedSite.PageTypes)
        {
            await page.GotoAsync(_site.Url(relative));
            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{relative}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Typing_in_the_search_box_shows_only_the_matching_events()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(_site.Url("index.html"));

        Assert.True(await page.Locator("#filters").IsVisibleAsync());
        await page.Locator("#filter-q").FillAsync("military exercise");
        Assert.Equal(["Joint military exercise"], await VisibleTitles(page));
        Assert.Equal("Showing 1 of 5 events.", await page.Locator("#filter-status").InnerTextAsync());
        Assert.False(await page.Locator("#year-2020").IsVisibleAsync());

        // Search ignores case and accents and finds words in summaries and names too.
        await page.Locator("#filter-q").FillAsync("MÍNSK");
        Assert.Equal(["Border talks, \"phase one\"; Minsk & Moscow", "Li Shangfu visits Belarus"], await VisibleTitles(page));

        await page.Locator("#filter-q").FillAsync("no such words");
        Assert.Empty(await VisibleTitles(page));
        await page.Locator("button[type=reset]").ClickAsync();
        // The form applies the reset after the browser has cleared the fields (a task later): wait for it.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#timeline li.event:not([hidden])').length === n", RichSample.EventCount);
        Assert.Equal(RichSample.EventCount, (await VisibleTitles(page)).Count);
        Assert.Empty(watch.Errors);
    }

    [Fact]
    public async Task The_filters_are_reached_by_keyboard_and_an_actor_type_or_tag_filter_shows_only_its_events()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("index.html"));

        var focused = new List<string>();
        for (var i = 0; i < 20 && !focused.Contains("filter-type"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.tagName"));
        }

        Assert.Equal(["filter-q", "filter-actor", "filter-type"], focused.Where(id => id.StartsWith("filter-", StringComparison.Ordinal)));

        // The lists are native selects, so choosing works as in any form.
        await page.Locator("#filter-actor").FocusAsync();
        await page.Locator("#filter-actor").SelectOptionAsync("minsk");
        Assert.Equal(["Border talks, \"phase one\"; Minsk & Moscow", "Li Shangfu visits Belarus"], await VisibleTitles(page));

        await page.Locator("#filter-actor").SelectOptionAsync("li-shangfu");
        Assert.Equal(["Li Shangfu meets Russian officials", "Li Shangfu visits Belarus", "Joint military exercise"], await VisibleTitles(page));
        await page.Locator("#filter-type").SelectOptionAsync("visit");
        Assert.Equal(["Li Shangfu visits Belarus"], await VisibleTitles(page));

        await page.Locator("#filter-actor").SelectOptionAsync("");
        await page.Locator("#filter-type").SelectOptionAsync("");
        await page.Locator("#filter-tag").SelectOptionAsync("border");
        Assert.Equal(["Border talks, \"phase one\"; Minsk & Moscow"], await VisibleTitles(page));
    }

    [Fact]
    public async Task A_permalink_lands_on_its_event_and_the_event_page_links_back_to_it()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 700 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(_site.Url("index.html", "joint-exercise-2024"));
        Assert.Equal("joint-exercise-2024", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        Assert.True(await InViewport(page, "#joint-exercise-2024"));

        // Listen for the navigation before clicking, so a fast one is not missed.
        await Task.WhenAll(
            page.WaitForURLAsync("**/events/joint-exercise-2024.html"),
            page.Locator("#joint-exercise-2024 .event-title a").ClickAsync());
        Assert.Equal("Joint military exercise", await page.Locator("h1").InnerTextAsync());
        await Task.WhenAll(
            page.WaitForURLAsync("**/index.html#joint-exercise-2024"),
            page.Locator(".on-timeline a").ClickAsync());
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("joint-exercise-2024", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        Assert.True(await InViewport(page, "#joint-exercise-2024"));
    }

    [Fact]
    public async Task Without_javascript_every_event_is_on_the_index_and_the_filters_stay_hidden()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("index.html"));

        Assert.Equal(RichSample.EventCount, (await VisibleTitles(page)).Count);
        Assert.False(await page.Locator("#filters").IsVisibleAsync());
    }

    private static async Task<List<string>> VisibleTitles(IPage page) =>
        [.. await page.Locator("#timeline li.event:visible .event-title").AllInnerTextsAsync()];

    private static Task<bool> InViewport(IPage page, string selector) => page.EvaluateAsync<bool>(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }", selector);
}
