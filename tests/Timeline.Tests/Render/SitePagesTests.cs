using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class SitePagesTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_event_has_its_own_page_and_every_type_a_page_of_its_events()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());

        var page = _site.Read("events/li-shangfu-visit-belarus.html");
        Assert.Contains("<h1 id=\"event-heading\">Li Shangfu visits Belarus</h1>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../index.html#li-shangfu-visit-belarus\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"events/li-shangfu-visit-belarus.html\"", _site.Read("index.html"), StringComparison.Ordinal);

        var consult = _site.Read("types/consult.html");
        Assert.Contains("<h1 id=\"type-heading\">Consult</h1>", consult, StringComparison.Ordinal);
        Assert.Contains("id=\"li-shangfu-meets-russia\"", consult, StringComparison.Ordinal);
        Assert.Contains("id=\"border-talks-2020\"", consult, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"joint-exercise-2024\"", consult, StringComparison.Ordinal);
        Assert.Equal(RichSample.EventCount, Directory.GetFiles(Path.Combine(_site.Site, "events")).Length);
    }

    [Fact]
    public void A_date_another_source_gave_names_its_words_and_article_escaped()
    {
        var data = RenderSamples.Small();
        var second = new ArticleInfo { Id = "minsk-report", Title = "Minsk <b>report</b>", Date = new DateOnly(2023, 8, 19), Source = "BelTA" };
        var visit = data.Events[0] with
        {
            Date = data.Events[0].Date with { Text = "16 <i>to</i> 18 August", Article = "minsk-report" },
            Sources = [RenderSamples.Source("belarus-visit", 0), RenderSamples.Source("minsk-report", 50)],
        };
        data = data with { Articles = [.. data.Articles, second], Events = [visit, .. data.Events.Skip(1)] };
        Assert.True(_site.Render(data), _site.Errors());

        var page = _site.Read("events/li-shangfu-visit-belarus.html");
        Assert.Contains("<dt>Dated by</dt>", page, StringComparison.Ordinal);
        Assert.Contains("“16 &lt;i&gt;to&lt;/i&gt; 18 August” in <a href=\"../articles/minsk-report.html\">Minsk &lt;b&gt;report&lt;/b&gt;</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Dated by</dt>", _site.Read("events/li-shangfu-meets-russia.html"), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(_site.Read("events.json"));
        var date = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == visit.Id).GetProperty("date");
        Assert.Equal("16 <i>to</i> 18 August", date.GetProperty("text").GetString());
        Assert.Equal("minsk-report", date.GetProperty("article").GetString());
    }

    [Fact]
    public void Empty_years_and_months_between_events_are_shown_as_gaps()
    {
        var data = RichSample.Create();
        data = data with { Events = [.. data.Events, data.Events[0] with { Id = "october-event", Date = RenderSamples.Day(2023, 10, 2), Title = "Later" }] };
        Assert.True(_site.Render(data), _site.Errors());
        var index = _site.Read("index.html");

        Assert.Contains("<p class=\"gap gap-years\">No events in 2021–2022 (2 years)</p>", index, StringComparison.Ordinal);
        Assert.Contains("<p class=\"gap\">No events in September</p>", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("No events in 2021", StringComparison.Ordinal) < index.IndexOf("id=\"year-2023\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Approximate_ranged_planned_and_ongoing_events_are_marked_in_words_and_classes()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());
        var index = _site.Read("index.html");

        Assert.Contains("class=\"event event-happened event-approximate\" id=\"belarus-announces-visit\"", index, StringComparison.Ordinal);
        Assert.Contains("class=\"event event-happened event-ranged\" id=\"li-shangfu-visit-belarus\"", index, StringComparison.Ordinal);
        Assert.Contains("class=\"event event-planned\" id=\"joint-exercise-2024\"", index, StringComparison.Ordinal);
        Assert.Contains("class=\"event event-ongoing\" id=\"border-talks-2020\"", index, StringComparison.Ordinal);
        foreach (var word in new[] { "Approximate date", "Date range", "Planned", "Ongoing" })
        {
            Assert.Contains($">{word}</span>", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Events_carry_their_actors_type_and_tags_for_the_filters_and_the_filters_list_them()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());
        var index = _site.Read("index.html");

        Assert.Contains("id=\"li-shangfu-visit-belarus\" data-actors=\"li-shangfu belarus lukashenko minsk\" data-type=\"visit\" data-tags=\"defence|belarus ties\"", index, StringComparison.Ordinal);
        Assert.Contains("<option value=\"li-shangfu\">Li Shangfu</option>", index, StringComparison.Ordinal);
        Assert.Contains("<option value=\"mobilize\">Mobilize</option>", index, StringComparison.Ordinal);
        Assert.Contains("<option value=\"belarus ties\">Belarus ties</option>", index, StringComparison.Ordinal);
        Assert.Contains("<form class=\"filters\" id=\"filters\" aria-label=\"Filter events\" hidden>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_settings_set_language_description_and_only_colour_theme_values()
    {
        var renderer = new SiteRenderer(RenderOptions.Default with
        {
            BuiltInTemplatesFolder = BuiltInTemplates.Locate(),
            Settings = new SiteSettings
            {
                Title = "From settings",
                Description = "A <test> site",
                Language = "de",
                Theme = new(StringComparer.Ordinal) { ["accent"] = "#7a1f5c", ["accent_dark"] = "red; } body { display: none" },
            },
        });
        Assert.True(renderer.Render(RichSample.Create(), _site.Site, new Diagnostics.DiagnosticBag()));
        var index = _site.Read("index.html");

        Assert.Contains("<html lang=\"de\">", index, StringComparison.Ordinal);
        Assert.Contains("<title>From settings</title>", index, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"A &lt;test&gt; site\">", index, StringComparison.Ordinal);
        Assert.Contains("<style>:root { --accent-light: #7a1f5c; }</style>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("display: none", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_pages_files_are_written_and_the_sitemap_only_with_a_base_url()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());
        Assert.True(File.Exists(Path.Combine(_site.Site, ".nojekyll")));
        Assert.Contains("<h1>Page not found</h1>", _site.Read("404.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"index.html\"", _site.Read("404.html"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Site, "sitemap.xml")));

        var renderer = new SiteRenderer(RenderOptions.Default with
        {
            BuiltInTemplatesFolder = BuiltInTemplates.Locate(),
            Settings = new SiteSettings { BaseUrl = "https://me.github.io/project/" },
        });
        Assert.True(renderer.Render(RichSample.Create(), _site.Site, new Diagnostics.DiagnosticBag()));
        var sitemap = _site.Read("sitemap.xml");
        Assert.Contains("<loc>https://me.github.io/project/index.html</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://me.github.io/project/events/border-talks-2020.html</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404.html", sitemap, StringComparison.Ordinal);
        // The 404 page is served at any depth, so its links must be absolute when they can be.
        Assert.Contains("href=\"https://me.github.io/project/assets/style.css\"", _site.Read("404.html"), StringComparison.Ordinal);
    }
}
