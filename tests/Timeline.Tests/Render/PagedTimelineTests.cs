using System.Diagnostics;
using System.Text.RegularExpressions;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>A 10,000-event timeline, rendered once for the tests below: paged by period, the front page light.</summary>
public sealed class TenThousandEventSite : IDisposable
{
    public const int EventCount = 10_000;

    public TenThousandEventSite()
    {
        Data = LargeSample.Create(EventCount);
        var clock = Stopwatch.StartNew();
        Rendered = Fixture.Render(Data);
        RenderTime = clock.Elapsed;
    }

    public SiteFixture Fixture { get; } = new();

    public TimelineData Data { get; }

    public bool Rendered { get; }

    public TimeSpan RenderTime { get; }

    public void Dispose() => Fixture.Dispose();
}

public sealed partial class PagedTimelineTests(TenThousandEventSite large) : IClassFixture<TenThousandEventSite>
{
    private SiteFixture Site => large.Fixture;

    [Fact]
    public void The_front_page_of_ten_thousand_events_weighs_under_one_megabyte_with_its_css_and_js()
    {
        Assert.True(large.Rendered, Site.Errors());

        var weight = new[] { "index.html", "assets/style.css", "assets/timeline.js" }.Sum(f => new FileInfo(Path.Combine(Site.Site, f)).Length);

        Assert.True(weight < 1_000_000, $"the front page weighs {weight} bytes with its CSS and JS (rendered in {large.RenderTime.TotalSeconds:F1} s)");
        Assert.Equal(0, EventItem().Count(Site.Read("index.html")));
    }

    [Fact]
    public void Every_page_the_front_page_links_to_exists_and_no_page_of_the_site_has_a_dead_link()
    {
        Assert.True(large.Rendered, Site.Errors());

        var fromIndex = PagedSite.LocalLinks(Site.Site, "index.html").ToList();

        Assert.Contains(fromIndex, l => l.StartsWith("periods/", StringComparison.Ordinal));
        Assert.Contains("actors.html", fromIndex);
        Assert.Contains("sources.html", fromIndex);
        Assert.All(fromIndex, l => Assert.True(File.Exists(Path.Combine(Site.Site, l)), $"index.html links to missing {l}"));
        var dead = PagedSite.DeadLinks(Site.Site);
        Assert.True(dead.Count == 0, string.Join("\n", dead.Take(20)));
    }

    [Fact]
    public void Every_event_is_listed_on_exactly_one_period_page_and_each_period_page_is_linked_from_the_front_page()
    {
        Assert.True(large.Rendered, Site.Errors());

        var periodPages = Directory.EnumerateFiles(Path.Combine(Site.Site, "periods"), "*.html").Select(f => "periods/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var listed = periodPages.SelectMany(p => EventId().Matches(Site.Read(p)).Select(m => m.Groups[1].Value)).ToList();

        Assert.Equal(large.Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(periodPages, PagedSite.LocalLinks(Site.Site, "index.html").Where(l => l.StartsWith("periods/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // The crowded years are split into months, the others are a page each, and the undated events come last.
        Assert.Contains("periods/2016-03.html", periodPages);
        Assert.Contains("periods/2016.html", periodPages);
        Assert.Contains("periods/2015.html", periodPages);
        Assert.DoesNotContain("periods/2015-03.html", periodPages);
        Assert.Contains("periods/undated.html", periodPages);
    }

    [Fact]
    public void Period_pages_link_to_the_previous_and_next_period_and_back_to_the_front_page()
    {
        Assert.True(large.Rendered, Site.Errors());

        var march = Site.Read("periods/2016-03.html");

        Assert.Contains("<a href=\"../periods/2016-02.html\" rel=\"prev\">", march, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../periods/2016-04.html\" rel=\"next\">", march, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../index.html#timeline\">All periods</a>", march, StringComparison.Ordinal);
        Assert.Contains("<form class=\"filters\" id=\"filters\"", march, StringComparison.Ordinal);
        Assert.Contains("id=\"show-uncertain\"", march, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", Site.Read("periods/2014.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", Site.Read("periods/undated.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_page_links_to_the_event_on_its_period_page()
    {
        Assert.True(large.Rendered, Site.Errors());

        var page = Site.Read("events/event-00004.html");

        Assert.Contains("<a href=\"../periods/2016-01.html#event-00004\">See it on the timeline</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_that_no_event_names_get_no_page()
    {
        Assert.True(large.Rendered, Site.Errors());

        var named = large.Data.Events.SelectMany(e => e.Actors.Append(e.Place!)).ToHashSet(StringComparer.Ordinal);
        var unnamed = large.Data.Actors.Where(a => !named.Contains(a.Id)).ToList();

        Assert.NotEmpty(unnamed);
        Assert.All(unnamed, a => Assert.False(File.Exists(Path.Combine(Site.Site, "actors", a.Id + ".html")), a.Id));
        Assert.Equal(named.Count, Directory.EnumerateFiles(Path.Combine(Site.Site, "actors")).Count());
    }

    [GeneratedRegex("<li class=\"event ")]
    private static partial Regex EventItem();

    [GeneratedRegex("<li class=\"event [^\"]*\" id=\"([^\"]+)\"")]
    private static partial Regex EventId();
}
