using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>With a summary the front page is the key events and the full timeline is one click away; without one the site is as before.</summary>
public sealed class KeyEventsPageTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private IDocument Page(string relative) => new HtmlParser().ParseDocument(_site.Read(relative));

    private void Render(TimelineData data, SiteSettings? settings = null) =>
        Assert.True(_site.Render(data, settings: settings), _site.Errors());

    [Fact]
    public void The_front_page_lists_each_key_date_with_its_sentences_and_links()
    {
        Render(KeyEventSamples.Small());

        var index = Page("index.html");
        var dates = index.QuerySelectorAll("#key-events .key-date");
        Assert.Equal(["key-2023-07-20", "key-2023-08-16"], dates.Select(d => d.Id));
        Assert.Equal("16 August 2023", dates[1].QuerySelector(".key-date-heading")!.TextContent);
        Assert.Equal("2023-08-16", dates[1].QuerySelector("time")!.GetAttribute("datetime"));
        var first = dates[1].QuerySelectorAll(".key-entry")[0];
        Assert.StartsWith("Li Shangfu arrived in Minsk.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("articles/belarus-visit.html", first.QuerySelector("a.key-source")!.GetAttribute("href"));
        Assert.Equal("Reuters", first.QuerySelector("a.key-source")!.TextContent);
        Assert.Equal("events/li-shangfu-visit-belarus.html", first.QuerySelector("a.key-event")!.GetAttribute("href"));
        Assert.Equal(["actors/li-shangfu.html", "actors/minsk.html"], first.QuerySelectorAll("a.key-actor").Select(a => a.GetAttribute("href")));
        var byHand = dates[1].QuerySelectorAll(".key-entry")[1];
        Assert.Equal("A line written by hand.", byHand.TextContent);
        Assert.Contains("key-date-pinned", dates[1].ClassList);
    }

    [Fact]
    public void All_events_moves_to_its_own_page_one_click_from_the_front_page()
    {
        Render(KeyEventSamples.Small());

        var index = Page("index.html");
        Assert.Contains(index.QuerySelectorAll("#key-events a"), a => a.GetAttribute("href") == "events.html" && a.TextContent == "All events");
        Assert.Empty(index.QuerySelectorAll(".event"));
        var nav = index.QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(("Key events", "index.html"), nav[0]);
        Assert.Equal(("All events", "events.html#timeline"), nav[1]);

        var events = Page("events.html");
        Assert.Equal("All events", events.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, events.QuerySelectorAll("#timeline .event").Length);
        Assert.Contains(events.QuerySelectorAll(".site-header a"), a => a.GetAttribute("href") == "index.html");
        Assert.Equal("All events · Timeline", events.Title);
    }

    [Fact]
    public void Links_of_the_other_pages_lead_to_the_full_timeline_where_it_now_is()
    {
        Render(KeyEventSamples.Small());

        var actor = Page("actors/belarus.html");
        var nav = actor.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../index.html", "../events.html#timeline", "../events.html#actors", "../events.html#types", "../events.html#articles", "../index.html#downloads"], nav);
    }

    [Fact]
    public void On_a_long_timeline_the_period_pages_lead_back_to_the_full_timeline()
    {
        Render(KeyEventSamples.Small(), SiteSettings.Default with { PageEvents = 2 });

        var period = Directory.GetFiles(Path.Combine(_site.Site, "periods"), "*.html").First();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(period));
        Assert.All(page.QuerySelectorAll(".period-up a"), a => Assert.Equal("../events.html#timeline", a.GetAttribute("href")));
        Assert.NotEmpty(Page("events.html").QuerySelectorAll(".period-list a"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_a_summary_or_with_an_empty_one_the_site_is_as_before(bool empty)
    {
        Render(RenderSamples.Small());
        var before = Directory.GetFiles(_site.Site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(_site.Site, f), File.ReadAllText(f))).ToList();

        Render(RenderSamples.Small() with { Summary = empty ? new KeyTimeline { Dates = [new KeyDate { Date = new DateOnly(2023, 1, 1) }] } : null });

        var after = Directory.GetFiles(_site.Site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(_site.Site, f), File.ReadAllText(f))).ToList();
        Assert.Equal(before, after);
        Assert.False(File.Exists(Path.Combine(_site.Site, "events.html")));
        Assert.False(File.Exists(Path.Combine(_site.Site, "key-events.json")));
    }

    [Fact]
    public void An_actor_page_leads_with_the_key_events_it_takes_part_in()
    {
        Render(KeyEventSamples.Small());

        // li-shangfu is named by the entry; belarus takes part in the events the entries tell; minsk only in one entry.
        var li = Page("actors/li-shangfu.html");
        var headings = li.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Key events", "Timeline"], headings);
        Assert.Equal(["Li Shangfu arrived in Minsk."], li.QuerySelectorAll(".key-entry").Select(e => e.ChildNodes[0].TextContent.Trim()));
        var belarus = Page("actors/belarus.html");
        Assert.Equal(["key-2023-07-20", "key-2023-08-16"], belarus.QuerySelectorAll(".key-date").Select(d => d.Id));
        Assert.Equal(2, belarus.QuerySelectorAll(".key-entry").Length);
        Assert.Equal(["../articles/belarus-visit.html", "../articles/belarus-visit.html"], belarus.QuerySelectorAll("a.key-source").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_actor_without_key_events_has_no_key_events_section()
    {
        Render(RenderSamples.Small() with { Summary = new KeyTimeline { Dates = [new KeyDate { Date = new DateOnly(2023, 8, 16), Entries = [new KeyEntry { Text = "Nobody in particular." }] }] } });

        Assert.Empty(Page("actors/minsk.html").QuerySelectorAll(".key-events"));
    }

    [Fact]
    public void Sixty_key_dates_fit_one_compact_front_page()
    {
        Render(RenderSamples.Small() with { Summary = KeyEventSamples.Weeks(60) });

        var index = Page("index.html");
        Assert.Equal(60, index.QuerySelectorAll(".key-date").Length);
        Assert.Equal(60, index.QuerySelectorAll(".key-date-heading time").Length);
        Assert.Equal(120, index.QuerySelectorAll(".key-entry").Length);
        Assert.True(_site.Read("index.html").Length < 60 * 1000, "about a line of markup a sentence, not a card per event");
    }

    [Fact]
    public void The_front_page_and_the_head_link_the_key_event_exports()
    {
        Render(KeyEventSamples.Small());

        var index = Page("index.html");
        var downloads = index.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["key-events.csv", "key-events.json", "key-events.ics", "key-events.xml", "events.csv", "events.json", "timeline.json", "timeline.ics", "feed.xml"], downloads);
        Assert.All(downloads, d => Assert.True(File.Exists(Path.Combine(_site.Site, d!)), d));
        Assert.Equal(["feed.xml", "key-events.xml"], index.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void A_user_template_overrides_the_key_dates_list()
    {
        _site.WriteUserTemplate("includes/key-dates.sbn-html", "<p class=\"mine\">{{ key_dates | array.size }} dates</p>\n");

        Assert.True(_site.Render(KeyEventSamples.Small(), withUserLayer: true), _site.Errors());

        Assert.Equal("2 dates", Page("index.html").QuerySelector(".mine")!.TextContent);
    }

    [Fact]
    public void The_same_summary_renders_byte_identical_files()
    {
        Render(KeyEventSamples.Small());
        var first = Directory.GetFiles(_site.Site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Render(KeyEventSamples.Small());

        var second = Directory.GetFiles(_site.Site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(first, second);
    }
}
