using System.Diagnostics;
using System.Text.Json;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>The TimelineJS3 export in TimelineJS3 itself, and every page type through the Nu HTML Checker.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ExportsInBrowserTests(BrowserFixture browser) : IDisposable
{
    private const string EmbedPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title><link rel="icon" href="data:,">
        <link rel="stylesheet" href="/tl/css/timeline.css">
        <script src="/tl/js/timeline.js"></script></head>
        <body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
        <script>
          window.timeline = new TL.Timeline('timeline-embed', '/site/timeline.json', { script_path: '/tl/js/', font: null });
          window.timeline.on('loaded', function () { window.timelineLoaded = true; });
        </script></body></html>
        """;

    private readonly RenderedSite _site = new();
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        _site.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task The_timelinejs_export_loads_in_timelinejs3_and_shows_every_event()
    {
        var dist = TestTools.TimelineJsDist();
        _temp.Write("embed/index.html", EmbedPage);
        using var server = new LoopbackServer(new()
        {
            ["/tl/"] = dist,
            ["/site/"] = _site.Folder,
            ["/"] = _temp.Combine("embed"),
        });
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        var missing = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400) missing.Add(r.Url); };

        await page.GotoAsync(server.BaseUrl + "index.html");
        await page.WaitForFunctionAsync("window.timelineLoaded === true", null, new() { Timeout = 20000 });

        var headlines = await page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('.tl-slide .tl-headline')).map(h => h.textContent.trim())");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Folder, "timeline.json")));
        var expected = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => System.Net.WebUtility.HtmlDecode(e.GetProperty("text").GetProperty("headline").GetString()!)).ToList();
        Assert.Equal(RichSample.EventCount, expected.Count);
        Assert.All(expected, title => Assert.Contains(title, headlines));
        Assert.Contains("Belarus and China", headlines);
        Assert.Equal(RichSample.EventCount, await page.Locator(".tl-timemarker").CountAsync());
        Assert.Empty(missing);
        Assert.Empty(watch.Errors);
        Assert.DoesNotContain(watch.Requests, u => !u.StartsWith(server.BaseUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_nu_html_checker_reports_no_error_on_any_page_type()
    {
        var java = TestTools.Java();
        var jar = TestTools.VnuJar();
        var start = new ProcessStartInfo(java) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", jar, "--errors-only", "--format", "json" }.Concat(RenderedSite.PageTypes.Select(p => Path.Combine(_site.Folder, p))))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, process.ExitCode);
    }
}
