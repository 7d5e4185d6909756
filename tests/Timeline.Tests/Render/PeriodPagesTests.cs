using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>The rich sample with <c>page_events: 2</c>, so it is paged like a long timeline: the pages and their links.</summary>
public sealed class PeriodPagesTests : IDisposable
{
    private static readonly SiteSettings Paged = new() { PageEvents = 2 };
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_timeline_that_fits_on_one_page_has_no_period_actors_or_sources_page()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());

        Assert.False(Directory.Exists(Path.Combine(_site.Site, "periods")));
        Assert.False(File.Exists(Path.Combine(_site.Site, "actors.html")));
        Assert.False(File.Exists(Path.Combine(_site.Site, "sources.html")));
        Assert.Contains("<a href=\"index.html#actors\">Actors</a>", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../index.html#li-shangfu-visit-belarus\">See it on the timeline</a>", _site.Read("events/li-shangfu-visit-belarus.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_page_lists_the_years_and_the_months_of_a_split_year_with_their_counts()
    {
        Assert.True(_site.Render(RichSample.Create(), settings: Paged), _site.Errors());

        var index = _site.Read("index.html");

        Assert.Contains("<li><a href=\"periods/2020.html\">2020</a> <span class=\"count\">(1 event)</span></li>", index, StringComparison.Ordinal);
        Assert.Contains("<li>2023 <span class=\"count\">(3 events)</span>", index, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"periods/2023-08.html\">August 2023</a> <span class=\"count\">(2 events)</span></li>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"actors.html\">All actors</a> <span class=\"count\">(3)</span>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"sources.html\">All sources</a> <span class=\"count\">(1)</span>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"actors.html\">Actors</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"actors/li-shangfu.html\">Li Shangfu</a>", _site.Read("actors.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"articles/belarus-visit.html\">", _site.Read("sources.html"), StringComparison.Ordinal);
        Assert.Empty(PagedSite.DeadLinks(_site.Site));
    }

    [Fact]
    public void A_period_page_filters_only_by_the_actors_types_and_tags_of_its_events()
    {
        Assert.True(_site.Render(RichSample.Create(), settings: Paged), _site.Errors());

        var page = _site.Read("periods/2020.html");

        Assert.Contains("<option value=\"belarus\">Belarus</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"li-shangfu\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"consult\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"visit\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"border\">border</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"defence\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>2020 · Timeline</title>", page, StringComparison.Ordinal);
        // Like the one-page index, a period page leaves the type row and the original's link to the event's own page.
        Assert.DoesNotContain("<dt>Type</dt>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">original</a>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Type</dt>", _site.Read("events/border-talks-2020.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_site_is_byte_identical_from_run_to_run()
    {
        var other = Path.Combine(Path.GetDirectoryName(_site.Site)!, "again");
        Assert.True(_site.Render(RichSample.Create(), settings: Paged), _site.Errors());
        Assert.True(_site.Render(RichSample.Create(), site: other, settings: Paged), _site.Errors());

        var files = Directory.EnumerateFiles(_site.Site, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("2023-08.html", StringComparison.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(other, Path.GetRelativePath(_site.Site, f)))));
    }
}
