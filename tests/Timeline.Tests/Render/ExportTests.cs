using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class ExportTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public ExportTests()
    {
        var renderer = new SiteRenderer(RenderOptions.Default with
        {
            BuiltInTemplatesFolder = BuiltInTemplates.Locate(),
            Settings = new SiteSettings { Title = "Exports, tested", BaseUrl = "https://me.github.io/project/" },
        });
        Assert.True(renderer.Render(RichSample.Create(), _site.Site, new Diagnostics.DiagnosticBag()));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Timelinejs_json_has_a_slide_per_placeable_event_dated_at_its_precision()
    {
        using var json = JsonDocument.Parse(_site.Read("timeline.json"));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal("Exports, tested", json.RootElement.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal(RichSample.EventCount, events.Count);
        var range = events.Single(e => e.GetProperty("unique_id").GetString() == "li-shangfu-visit-belarus");
        Assert.Equal(16, range.GetProperty("start_date").GetProperty("day").GetInt32());
        Assert.Equal(18, range.GetProperty("end_date").GetProperty("day").GetInt32());
        Assert.Equal("Visit", range.GetProperty("group").GetString());
        var planned = events.Single(e => e.GetProperty("unique_id").GetString() == "joint-exercise-2024").GetProperty("start_date");
        Assert.Equal(2024, planned.GetProperty("year").GetInt32());
        Assert.False(planned.TryGetProperty("month", out _));
        Assert.Equal("2024 (planned)", planned.GetProperty("display_date").GetString());
        var before = events.Single(e => e.GetProperty("unique_id").GetString() == "li-shangfu-meets-russia").GetProperty("start_date");
        Assert.Equal(16, before.GetProperty("day").GetInt32());
        var talks = events.Single(e => e.GetProperty("unique_id").GetString() == "border-talks-2020");
        Assert.Equal("Border talks, &quot;phase one&quot;; Minsk &amp; Moscow", talks.GetProperty("text").GetProperty("headline").GetString());
    }

    [Fact]
    public void Icalendar_follows_rfc_5545_line_endings_folding_escaping_and_exclusive_ends()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_site.Site, "timeline.ics"));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        }

        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Equal(RichSample.EventCount, unfolded.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("SUMMARY:Border talks\\, \"phase one\"\\; Minsk & Moscow\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("UID:li-shangfu-visit-belarus@me.github.io\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20230816\r\nDTEND;VALUE=DATE:20230819\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20250101\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("STATUS:TENTATIVE", unfolded, StringComparison.Ordinal);
        Assert.Contains("URL:https://me.github.io/project/events/border-talks-2020.html", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_feed_is_well_formed_with_an_entry_per_event_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_site.Read("feed.xml")).Root!;
        var entries = feed.Elements(atom + "entry").ToList();

        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("https://me.github.io/project/", feed.Element(atom + "id")!.Value);
        Assert.Equal("2024-01-01T00:00:00Z", feed.Element(atom + "updated")!.Value);
        Assert.Equal(RichSample.EventCount, entries.Count);
        Assert.Equal("Joint military exercise", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("https://me.github.io/project/events/joint-exercise-2024.html", entries[0].Element(atom + "id")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(atom + "updated")));
    }

    [Fact]
    public void Csv_quotes_fields_that_need_it_and_has_a_row_per_event()
    {
        var lines = _site.Read("events.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("id,date,start,end,precision,", lines[0], StringComparison.Ordinal);
        Assert.Equal(RichSample.EventCount + 1, lines.Length);
        Assert.StartsWith("border-talks-2020,March 2020,2020-03-01,2020-03-31,month,no,no,on,,ongoing,CONSULT,\"Border talks, \"\"phase one\"\"; Minsk & Moscow\",\"Talks on the border began, with no end in sight, and continue.\",Belarus,Minsk,border,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_export_has_every_event_with_its_date_and_resolved_actor_names()
    {
        using var json = JsonDocument.Parse(_site.Read("events.json"));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(RichSample.EventCount, events.Count);
        Assert.Equal("border-talks-2020", events[0].GetProperty("id").GetString());
        var visit = events.Single(e => e.GetProperty("id").GetString() == "li-shangfu-visit-belarus");
        Assert.Equal("16–18 August 2023", visit.GetProperty("date").GetProperty("display").GetString());
        Assert.Equal("Li Shangfu", visit.GetProperty("actors")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("actors")[2].GetProperty("name").ValueKind);
        Assert.Equal(3, json.RootElement.GetProperty("actors").GetArrayLength());
    }
}
