using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>A generated timeline too long for one page, in Chromium: from the front page to a period page and back, filters working there.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PagedSiteInBrowserTests(BrowserFixture browser, PagedSiteInBrowserTests.LargeSite large) : IClassFixture<PagedSiteInBrowserTests.LargeSite>
{
    private readonly RenderedSite _site = large.Site;

    /// <summary>1,200 generated events, a page per year at the default page_events, rendered once for the class.</summary>
    public sealed class LargeSite : IDisposable
    {
        public RenderedSite Site { get; } = new(LargeSample.Create(1_200));

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public async Task The_front_page_leads_to_a_period_page_whose_filters_work_and_back()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await page.GotoAsync(_site.Url("index.html"));
        Assert.Equal(0, await page.Locator("li.event").CountAsync());

        await Task.WhenAll(
            page.WaitForURLAsync("**/periods/2016.html"),
            page.Locator(".period-list a", new() { HasText = "2016" }).ClickAsync());
        Assert.Equal("2016", await page.Locator("h1").InnerTextAsync());
        var count = await page.Locator("#timeline li.event").CountAsync();
        Assert.True(count > 100, $"{count} events on the 2016 page");
        Assert.True(await page.Locator("#filters").IsVisibleAsync());
        Assert.True(await page.Locator("#show-uncertain").IsVisibleAsync());

        await page.Locator("#filter-type").SelectOptionAsync("visit");
        var types = await page.Locator("#timeline li.event:visible").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("visit", t));
        Assert.StartsWith($"Showing {types.Length} of {count} events", await page.Locator("#filter-status").InnerTextAsync(), StringComparison.Ordinal);

        await Task.WhenAll(
            page.WaitForURLAsync("**/periods/2017.html"),
            page.Locator(".period-nav a[rel=next]").First.ClickAsync());
        Assert.Equal("2017", await page.Locator("h1").InnerTextAsync());

        await Task.WhenAll(
            page.WaitForURLAsync("**/index.html#timeline"),
            page.Locator(".period-nav a", new() { HasText = "All periods" }).First.ClickAsync());
        Assert.True(await page.Locator(".period-list").IsVisibleAsync());
        Assert.Empty(watch.Errors);
        Assert.Empty(watch.NonFileRequests);
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_paged_front_page_a_period_page_and_the_actors_and_sources_pages()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var relative in new[] { "index.html", "periods/2014.html", "actors.html", "sources.html" })
        {
            await page.GotoAsync(_site.Url(relative));
            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{relative}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
