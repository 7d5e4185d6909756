using System.Text.RegularExpressions;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed partial class SiteRendererTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Renders_index_actor_and_article_pages_and_the_stylesheet()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());

        var files = Directory.EnumerateFiles(_site.Site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [".nojekyll", "404.html", "actors/belarus.html", "actors/li-shangfu.html", "actors/minsk.html", "articles/belarus-visit.html", "assets/style.css", "assets/timeline.js",
                "events.csv", "events.json", "events/belarus-announces-visit.html", "events/joint-exercise-2024.html", "events/li-shangfu-meets-russia.html", "events/li-shangfu-visit-belarus.html",
                "feed.xml", "index.html", "timeline.ics", "timeline.json"],
            files);
        Assert.Empty(_site.Diagnostics.ToSortedList());
    }

    [Fact]
    public void Index_lists_events_in_chronological_order_grouped_by_year_and_month()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        var index = _site.Read("index.html");

        var order = new[] { "id=\"year-2023\"", "id=\"month-2023-07\"", "id=\"belarus-announces-visit\"", "id=\"month-2023-08\"",
            "id=\"li-shangfu-meets-russia\"", "id=\"li-shangfu-visit-belarus\"", "id=\"year-2024\"", "id=\"joint-exercise-2024\"" };
        var positions = order.Select(s => index.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<time datetime=\"2023-08-16\">16–18 August 2023</time>", index, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2023-08-16\">before 16 August 2023</time>", index, StringComparison.Ordinal);
        Assert.Contains("2024 (planned)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_relative_and_every_local_target_exists()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        var index = _site.Read("index.html");
        var actor = _site.Read("actors/li-shangfu.html");

        Assert.Contains("href=\"actors/li-shangfu.html\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"assets/style.css\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"../index.html\"", actor, StringComparison.Ordinal);
        Assert.Contains("href=\"../assets/style.css\"", actor, StringComparison.Ordinal);
        Assert.Contains("href=\"../actors/belarus.html\"", actor, StringComparison.Ordinal);
        Assert.Contains("href=\"../articles/belarus-visit.html\"", actor, StringComparison.Ordinal);

        foreach (var page in Directory.EnumerateFiles(_site.Site, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match m in Href().Matches(File.ReadAllText(page)))
            {
                var href = m.Groups[1].Value;
                Assert.False(href.StartsWith('/'), $"{page}: absolute link {href}");
                if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href.Split('#')[0]));
                Assert.True(File.Exists(target), $"{page}: link {href} has no target");
            }
        }
    }

    [Fact]
    public void Unknown_actor_ids_are_plain_text()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        var index = _site.Read("index.html");
        Assert.Contains(", lukashenko</dd>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("lukashenko.html", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_page_shows_the_actor_facts_and_only_its_events()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        var minsk = _site.Read("actors/minsk.html");
        var li = _site.Read("actors/li-shangfu.html");

        Assert.Contains("<h1 id=\"actor-heading\">Li Shangfu</h1>", li, StringComparison.Ordinal);
        Assert.Contains("<dd>Defense Minister</dd>", li, StringComparison.Ordinal);
        Assert.Contains("<dd>China</dd>", li, StringComparison.Ordinal);
        Assert.Contains("<dd>Shangfu</dd>", li, StringComparison.Ordinal);
        Assert.Contains("id=\"li-shangfu-visit-belarus\"", minsk, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"joint-exercise-2024\"", minsk, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_piece_of_text_is_html_escaped()
    {
        const string Evil = "<script>alert(1)</script>";
        var data = RenderSamples.Small();
        data = data with
        {
            Actors = [.. data.Actors.Select(a => a with { Name = a.Name + Evil, Role = Evil, Aliases = [Evil] })],
            Articles = [.. data.Articles.Select(a => a with { Title = Evil, Source = Evil, Url = "javascript:alert(1)" })],
            Events = [.. data.Events.Select(e => e with { Title = Evil + "\"'&", Summary = Evil, Actors = [.. e.Actors, Evil] })],
        };

        Assert.True(_site.Render(data), _site.Errors());

        foreach (var page in Directory.EnumerateFiles(_site.Site, "*.html", SearchOption.AllDirectories))
        {
            // The theme's own script is the only one a page may load.
            var html = ThemeScript().Replace(File.ReadAllText(page), "");
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            if (Path.GetFileName(page) != "404.html")
            {
                // Every page but the 404 page shows some of the data.
                Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            }
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_title_is_escaped_too()
    {
        var renderer = new SiteRenderer(RenderOptions.Default with { SiteTitle = "A <b>bold</b> title", BuiltInTemplatesFolder = BuiltInTemplates.Locate() });
        Assert.True(renderer.Render(RenderSamples.Small(), _site.Site, new Diagnostics.DiagnosticBag()));
        Assert.Contains("<title>A &lt;b&gt;bold&lt;/b&gt; title</title>", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_data_renders_byte_identical_files_with_unix_line_endings()
    {
        var other = Path.Combine(Path.GetDirectoryName(_site.Site)!, "again");
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        Assert.True(_site.Render(RenderSamples.Small(), site: other), _site.Errors());

        foreach (var file in Directory.EnumerateFiles(_site.Site, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(other, Path.GetRelativePath(_site.Site, file))));
            if (Path.GetExtension(file) != ".ics")
            {
                // RFC 5545 requires CRLF in calendars; every other file uses '\n'.
                Assert.DoesNotContain((byte)'\r', bytes);
            }
        }
    }

    [Fact]
    public void Ids_that_cannot_name_a_page_get_a_warning_and_no_page()
    {
        var data = RenderSamples.Small();
        data = data with
        {
            Actors = [.. data.Actors, new Actor { Id = "../escape", Name = "Escaper", Kind = ActorKind.Person }],
            Events = [data.Events[0] with { Actors = [.. data.Events[0].Actors, "../escape"] }, .. data.Events.Skip(1)],
        };

        Assert.True(_site.Render(data), _site.Errors());

        var warning = Assert.Single(_site.Diagnostics.ToSortedList());
        Assert.Equal("TL0405", warning.Code);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_site.Site)!, "escape.html")));
    }

    [Fact]
    public void A_missing_built_in_folder_is_a_diagnostic()
    {
        var renderer = new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = Path.Combine(_site.Site, "nowhere") });
        var diagnostics = new Diagnostics.DiagnosticBag();
        Assert.False(renderer.Render(RenderSamples.Small(), _site.Site, diagnostics));
        Assert.Equal("TL0403", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [GeneratedRegex("<script src=\"(\\.\\./)?assets/timeline\\.js\" defer></script>")]
    private static partial Regex ThemeScript();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
