using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>Hostile text in a summary (a person edits summary.yaml by hand) is escaped wherever it lands: page, attribute, URL, CSV, iCal, XML, JSON.</summary>
public sealed class KeyEventsHostileTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>\"'&";

    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private static TimelineData Hostile(string text) => RenderSamples.Small() with
    {
        Articles = [RenderSamples.Small().Articles[0] with { Source = "\"><img src=x onerror=alert(2)>" }],
        Actors = [.. RenderSamples.Small().Actors, new Actor { Id = "evil", Name = "<b onmouseover=alert(3)>Evil</b>", Kind = ActorKind.Person }],
        Summary = new KeyTimeline
        {
            Dates =
            [
                new KeyDate
                {
                    Date = new DateOnly(2023, 8, 16),
                    Entries =
                    [
                        new KeyEntry { Text = text, Article = "belarus-visit", Offset = 0, Event = "li-shangfu-visit-belarus", Actors = ["evil", "\"><svg onload=alert(4)>"] },
                        new KeyEntry { Text = text, Article = "javascript:alert(5)", Event = "../../etc/passwd" },
                    ],
                },
            ],
        },
    };

    private void Render(string text) =>
        Assert.True(_site.Render(Hostile(text), settings: SiteSettings.Default with { BaseUrl = "https://me.github.io/project/" }), _site.Errors());

    [Fact]
    public void Pages_escape_the_text_the_outlet_and_the_actor_names()
    {
        Render(Script);

        foreach (var page in new[] { "index.html", "actors/evil.html", "actors/li-shangfu.html" })
        {
            var html = _site.Read(page);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        }

        var index = new HtmlParser().ParseDocument(_site.Read("index.html"));
        var entries = index.QuerySelectorAll(".key-entry");
        Assert.StartsWith(Script, entries[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("\"><img src=x onerror=alert(2)>", entries[0].QuerySelector("a.key-source")!.TextContent);
        Assert.Equal("<b onmouseover=alert(3)>Evil</b>", entries[0].QuerySelector("a.key-actor")!.TextContent);
        // An id that names no page is shown as text, never as a link: no javascript: or ../ address.
        Assert.All(index.QuerySelectorAll("a"), a => Assert.DoesNotContain("javascript:", a.GetAttribute("href") ?? "", StringComparison.Ordinal));
        Assert.All(index.QuerySelectorAll("a"), a => Assert.DoesNotContain("..", a.GetAttribute("href") ?? "", StringComparison.Ordinal));
        Assert.Empty(entries[1].QuerySelectorAll("a"));
    }

    [Fact]
    public void Json_holds_the_text_exactly_and_parses()
    {
        Render(Script + "\u0001\n");

        using var json = JsonDocument.Parse(_site.Read("key-events.json"));
        var entry = json.RootElement.GetProperty("dates")[0].GetProperty("entries")[0];
        Assert.Equal(Script + "\u0001\n", entry.GetProperty("text").GetString());
        Assert.Equal("https://me.github.io/project/events/li-shangfu-visit-belarus.html", entry.GetProperty("event_page").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dates")[0].GetProperty("entries")[1].GetProperty("event_page").ValueKind);
        Assert.Equal("https://me.github.io/project/index.html#key-2023-08-16", json.RootElement.GetProperty("dates")[0].GetProperty("page").GetString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("Two, \"quoted\"\nlines")]
    public void Csv_quotes_and_neutralises_every_cell(string text)
    {
        Render(text);

        var csv = _site.Read("key-events.csv");
        var expected = text[0] is '=' or '@' ? "'" + text : text;
        Assert.StartsWith("date,text,article,article_title,article_url,event,event_title,actors,pinned\n", csv, StringComparison.Ordinal);
        var cell = expected.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + expected.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : expected;
        Assert.Contains("\n2023-08-16," + cell + ",belarus-visit,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Icalendar_cannot_be_injected_and_lines_are_folded()
    {
        Render("Talks\r\nATTENDEE:mailto:victim@example.org\nEND:VEVENT; a, b\\ " + new string('é', 80));

        var ics = _site.Read("key-events.ics");
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.Contains(lines, l => l.StartsWith("SUMMARY:Talks\\nATTENDEE:mailto:victim@example.org\\nEND:VEVENT\\; a\\, b\\\\ ", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains("DTSTART;VALUE=DATE:20230816\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20230817\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void The_atom_feed_parses_and_carries_the_text_as_text()
    {
        Render(Script + "\u001b");

        var feed = XDocument.Parse(_site.Read("key-events.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("16 August 2023: " + Script + "\uFFFD", entry.Element(atom + "title")!.Value);
        Assert.Equal("https://me.github.io/project/index.html#key-2023-08-16", entry.Element(atom + "link")!.Attribute("href")!.Value);
    }
}
