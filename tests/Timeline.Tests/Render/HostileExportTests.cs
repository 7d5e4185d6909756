using System.Text.Json;
using System.Xml.Linq;
using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;
using Timeline.Store;
using Timeline.Tests.Store;

namespace Timeline.Tests.Render;

/// <summary>Text written to attack whatever opens an export: a spreadsheet, a calendar, a feed reader, TimelineJS.</summary>
public sealed class HostileExportTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private void Render(params TimelineEvent[] events)
    {
        var settings = SiteSettings.Default with { BaseUrl = "https://me.github.io/project/" };
        Assert.True(_site.Render(Samples.Data(events), settings: settings), string.Join("\n", _site.Diagnostics.ToSortedList()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(string text)
    {
        Render(Samples.Event("a") with { Title = text, Summary = text, Tags = [text] });

        var csv = File.ReadAllText(Path.Combine(_site.Site, "events.csv"));
        var cells = Cells(csv.Split('\n')[1]);

        Assert.Equal("'" + text, cells[11]);
        Assert.Equal("'" + text, cells[12]);
        Assert.Equal("'" + text, cells[15]);
    }

    [Fact]
    public void Icalendar_text_cannot_inject_a_property_or_carry_a_control_character()
    {
        Render(Samples.Event("a") with
        {
            Title = "Talks\r\nATTENDEE:mailto:victim@example.org\nEND:VEVENT",
            Summary = "Sum\u2028mary\u0085 with\u001b ESC",
            Tags = ["x\nURL:http://evil.example"],
        });

        var ics = File.ReadAllText(Path.Combine(_site.Site, "timeline.ics"));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");

        Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) || l.StartsWith("URL:http://evil", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.DoesNotContain(ics, c => char.IsControl(c) && c is not ('\r' or '\n'));
        Assert.DoesNotContain(ics.Replace("\r\n", "", StringComparison.Ordinal), c => c is '\r' or '\n' or '\u2028' or '\u0085');
    }

    [Fact]
    public void Atom_and_json_stay_valid_with_control_characters_in_the_text()
    {
        Render(Samples.Event("a") with { Title = "Esc\u001b[31m red\u0001", Summary = "Bell\u0007 and \uFFFE", Type = "consult\u0002" });

        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(_site.Site, "feed.xml")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Site, "events.json")));
        using var timelineJs = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Site, "timeline.json")));

        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value.StartsWith("Esc", StringComparison.Ordinal));
        Assert.NotEmpty(json.RootElement.ToString());
    }

    [Fact]
    public void Every_timelinejs_field_is_escaped()
    {
        const string Payload = "<img src=x onerror=alert(1)>";
        Render(Samples.Event("a") with { Type = Payload, Title = Payload, Summary = Payload });

        var text = File.ReadAllText(Path.Combine(_site.Site, "timeline.json"));

        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var slide = json.RootElement.GetProperty("events")[0];
        Assert.StartsWith("&lt;img", slide.GetProperty("group").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a\"b")]
    [InlineData("a'b")]
    [InlineData("<script>")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public void Validate_refuses_an_id_that_could_leave_a_folder_or_break_out_of_markup(string id)
    {
        using var output = new TempFolder();
        new EventStore(output.Path).Save(Samples.Data([Samples.Event("a")]), new DiagnosticBag());
        var path = output.File("events", "belarus-visit.yaml");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("- id: a\n", "- id: " + JsonSerializer.Serialize(id) + "\n", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        new StoreValidator(output.Path).Validate(diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((path, StoreCodes.InvalidValue), (error.Path, error.Code));
        Assert.True(error.Line > 0);
    }

    // RFC 4180 cells of one row.
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted && c == '"' && i + 1 < row.Length && row[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
