using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>Events below <c>min_confidence</c> are marked on every list and on their own page; the exports keep them all.</summary>
public sealed partial class UncertainEventsTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_less_certain_event_carries_the_marker_and_the_badge_and_a_confident_or_hand_written_one_does_not()
    {
        Assert.True(_site.Render(RichSample.WithConfidence()), _site.Errors());
        var index = _site.Read("index.html");

        var low = Card(index, "joint-exercise-2024");
        Assert.Contains("data-confidence=\"low\"", low, StringComparison.Ordinal);
        Assert.Contains("class=\"event event-planned event-uncertain\"", low, StringComparison.Ordinal);
        Assert.Contains(">Uncertain</span>", low, StringComparison.Ordinal);
        Assert.Contains("confidence 0.4)", low, StringComparison.Ordinal);

        // Hand-written (no confidence), confident (0.9) and exactly at the threshold (0.6).
        foreach (var id in new[] { "border-talks-2020", "li-shangfu-visit-belarus", "li-shangfu-meets-russia" })
        {
            var card = Card(index, id);
            Assert.DoesNotContain("data-confidence", card, StringComparison.Ordinal);
            Assert.DoesNotContain("uncertain", card, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(RichSample.UncertainIds, LowIds(index));
    }

    [Fact]
    public void Every_list_page_with_less_certain_events_has_the_switch_with_its_own_count_hidden_until_javascript_runs()
    {
        Assert.True(_site.Render(RichSample.WithConfidence()), _site.Errors());

        Assert.Equal("2", SwitchCount(_site.Read("index.html")));
        Assert.Equal("1", SwitchCount(_site.Read("actors/li-shangfu.html")));
        Assert.Equal("2", SwitchCount(_site.Read("articles/belarus-visit.html")));
        Assert.Equal("1", SwitchCount(_site.Read("types/mobilize.html")));
        Assert.Null(SwitchCount(_site.Read("types/consult.html")));
        Assert.Contains("<p class=\"confidence-switch\" id=\"confidence-switch\" hidden>", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"false\"", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_confidences_no_event_is_marked_and_no_page_has_the_switch()
    {
        Assert.True(_site.Render(RichSample.Create()), _site.Errors());

        foreach (var page in new[] { "index.html", "actors/belarus.html", "articles/belarus-visit.html", "types/consult.html", "events/joint-exercise-2024.html" })
        {
            var html = _site.Read(page);
            Assert.DoesNotContain("confidence", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Uncertain", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_permalink_page_of_a_less_certain_event_shows_the_badge()
    {
        Assert.True(_site.Render(RichSample.WithConfidence()), _site.Errors());

        var low = _site.Read("events/joint-exercise-2024.html");
        Assert.Contains("event-uncertain", low, StringComparison.Ordinal);
        Assert.Contains(">Uncertain</span>", low, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncertain", _site.Read("events/li-shangfu-visit-belarus.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Uncertain", _site.Read("events/border-talks-2020.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Min_confidence_moves_the_threshold()
    {
        Assert.True(_site.Render(RichSample.WithConfidence(), settings: new SiteSettings { MinConfidence = 0.95 }), _site.Errors());
        Assert.Equal(["belarus-announces-visit", "joint-exercise-2024", "li-shangfu-meets-russia", "li-shangfu-visit-belarus"], LowIds(_site.Read("index.html")));

        Assert.True(_site.Render(RichSample.WithConfidence(), settings: new SiteSettings { MinConfidence = 0 }), _site.Errors());
        Assert.Empty(LowIds(_site.Read("index.html")));
        Assert.Null(SwitchCount(_site.Read("index.html")));
    }

    [Fact]
    public void The_json_and_csv_exports_keep_every_event_with_its_confidence()
    {
        Assert.True(_site.Render(RichSample.WithConfidence()), _site.Errors());

        using var json = JsonDocument.Parse(_site.Read("events.json"));
        var confidences = json.RootElement.GetProperty("events").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("confidence"));
        Assert.Equal(RichSample.EventCount, confidences.Count);
        Assert.Equal(0.4, confidences["joint-exercise-2024"].GetDouble());
        Assert.Equal(JsonValueKind.Null, confidences["border-talks-2020"].ValueKind);

        var lines = _site.Read("events.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",sources,confidence", lines[0], StringComparison.Ordinal);
        Assert.Equal(RichSample.EventCount + 1, lines.Length);
        Assert.EndsWith(",0.4", Assert.Single(lines, l => l.StartsWith("joint-exercise-2024,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",", Assert.Single(lines, l => l.StartsWith("border-talks-2020,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    /// <summary>The list item of one event, from its opening tag to its end.</summary>
    private static string Card(string html, string id)
    {
        var match = Regex.Match(html, $"<li [^>]*id=\"{Regex.Escape(id)}\"[^>]*>.*?</li>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no card for {id}");
        return match.Value;
    }

    private static List<string> LowIds(string html) =>
        [.. LowCard().Matches(html).Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal)];

    private static string? SwitchCount(string html) => SwitchLabel().Match(html) is { Success: true } m ? m.Groups["n"].Value : null;

    [GeneratedRegex("<li [^>]*id=\"(?<id>[^\"]+)\"[^>]*data-confidence=\"low\"")]
    private static partial Regex LowCard();

    [GeneratedRegex("<button type=\"button\" id=\"show-uncertain\"[^>]*>Show all events \\((?<n>\\d+) less certain\\)</button>")]
    private static partial Regex SwitchLabel();
}
