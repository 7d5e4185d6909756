using Microsoft.Playwright;
using Timeline.Diagnostics;
using Timeline.Render;
using Timeline.Tests.Pipeline;
using Timeline.Tests.Render;
using Timeline.Tests.Repository;

namespace Timeline.Tests.Browser;

/// <summary>
/// The site's layout as a reader sees it in Chromium: the sticky year heading stays above the cards,
/// nothing overflows a narrow phone, the default title is not repeated, and the README screenshots.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SiteLayoutInBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1280, 700)]
    [InlineData(360, 640)]
    public async Task The_sticky_year_heading_stays_above_the_event_card_scrolled_under_it(int width, int height)
    {
        using var site = new RenderedSite();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));

        // Scroll so that the first visible card of the first year starts just above the viewport's top:
        // the year heading is then stuck at the top, over that card.
        var result = await page.EvaluateAsync<string>("""
            () => {
              const year = document.querySelector('#timeline .year');
              const heading = year.querySelector('h3');
              const card = [...year.querySelectorAll('.event')].find(e => e.offsetParent !== null);
              window.scrollTo(0, window.scrollY + card.getBoundingClientRect().top + 8);
              const h = heading.getBoundingClientRect();
              const c = card.getBoundingClientRect();
              if (Math.abs(h.top) > 1) return 'heading not stuck: top ' + h.top;
              const x = h.left + h.width / 2, y = h.top + h.height / 2;
              if (!(c.top <= y && y <= c.bottom)) return 'no card under the heading centre: card ' + c.top + '..' + c.bottom + ', y ' + y;
              const hit = document.elementFromPoint(x, y);
              return heading.contains(hit) ? 'ok' : 'heading covered by ' + hit.tagName + '.' + hit.className + ' "' + hit.textContent.trim().slice(0, 40) + '"';
            }
            """);
        Assert.Equal("ok", result);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(375)]
    [InlineData(390)]
    public async Task Nothing_overflows_a_narrow_phone_and_the_navigation_fits(int width)
    {
        using var site = new RenderedSite();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in RenderedSite.PageTypes)
        {
            await page.GotoAsync(site.Url(path));
            var sizes = await page.EvaluateAsync<int[]>("""
                () => {
                  const nav = document.querySelector('.site-nav');
                  return [document.documentElement.scrollWidth, window.innerWidth, nav.scrollWidth, nav.clientWidth, Math.ceil(nav.getBoundingClientRect().right)];
                }
                """);
            if (sizes[0] > sizes[1])
            {
                problems.Add($"{path}: the page is {sizes[0]} px wide in a {sizes[1]} px viewport");
            }

            if (sizes[2] > sizes[3] || sizes[4] > sizes[1])
            {
                problems.Add($"{path}: the navigation needs {sizes[2]} px in {sizes[3]} px and ends at {sizes[4]} px");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_default_title_is_shown_once_as_a_heading_and_kept_in_the_document_title()
    {
        var folder = _temp.Combine("site");
        var diagnostics = new DiagnosticBag();
        Assert.True(new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = BuiltInTemplates.Locate() })
            .Render(RenderSamples.Small(), folder, diagnostics));

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);

        Assert.Equal("Timeline", await page.TitleAsync());
        var headings = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, .site-title')]
              .filter(e => e.offsetParent !== null && e.innerText.trim() === 'Timeline')
              .map(e => e.tagName + '.' + e.className)
            """);
        Assert.Equal(["H1."], headings);

        // Above the footer's credit, the word is read once: header, navigation and content together.
        var text = await page.EvaluateAsync<string>("() => document.querySelector('.site-header').innerText + '\\n' + document.querySelector('main').innerText");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\bTimeline\b"));
    }

    [Fact]
    public async Task A_titled_index_still_names_the_site_once_and_other_pages_keep_the_header_title()
    {
        using var site = new RenderedSite();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        Assert.Equal("Belarus and China", await page.Locator("h1").InnerTextAsync());
        var text = await page.EvaluateAsync<string>("() => document.querySelector('.site-header').innerText + '\\n' + document.querySelector('main').innerText");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Belarus and China"));

        await page.GotoAsync(site.Url("actors/li-shangfu.html"));
        Assert.Equal("Belarus and China", await page.Locator(".site-title").InnerTextAsync());
        Assert.True(await page.Locator(".site-title a").IsVisibleAsync());
    }

    /// <summary>
    /// The README's screenshots of the sample (<c>seeds/</c>) at 1280 and 360 px, light and dark. They go to
    /// <c>docs/screenshots/</c> only with UPDATE_SCREENSHOTS=1; otherwise to a temp folder, never the repository.
    /// </summary>
    [Fact]
    public async Task Screenshots_of_the_sample_site_at_1280_and_360_px_in_light_and_dark()
    {
        using var run = new PipelineRun(SourceTree.File("seeds"));
        run.Build();
        Assert.False(run.Diagnostics.HasErrors, run.DiagnosticsText());
        var update = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";
        var folder = update ? SourceTree.File("docs", "screenshots") : _temp.Combine("screenshots");
        Directory.CreateDirectory(folder);
        var url = new Uri(Path.Combine(run.Site, "index.html")).AbsoluteUri;

        foreach (var (width, height) in new[] { (1280, 900), (360, 780) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var context = await browser.Browser.NewContextAsync(new()
                {
                    ViewportSize = new() { Width = width, Height = height },
                    ColorScheme = scheme,
                    ReducedMotion = ReducedMotion.Reduce,
                });
                var page = await context.NewPageAsync();
                await page.GotoAsync(url);
                var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
                Assert.Equal(scheme == ColorScheme.Dark ? "rgb(21, 23, 27)" : "rgb(255, 255, 255)", background);

                var file = Path.Combine(folder, $"timeline-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = false });
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.True(bytes.Length > 1000, $"{file} is {bytes.Length} bytes");
                Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
            }
        }
    }
}
