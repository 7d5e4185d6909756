using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;
using Timeline.Tests.Store;

namespace Timeline.Tests.Cli;

/// <summary><c>timeline add</c>: a hand-made event, checked, written atomically, and kept by re-runs.</summary>
public sealed class AddCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public AddCommandTests()
    {
        new EventStore(Output).Save(Samples.Data([Samples.Event("a")]), new DiagnosticBag());
    }

    private string Output => Path.Combine(_temp.Root, "out");

    private string HandFile => Path.Combine(Output, "events", "hand-added.yaml");

    public void Dispose() => _temp.Dispose();

    private static (int Exit, string Output) Run(params string[] args) => ValidateCommandTests.Run(args);

    [Fact]
    public void Adds_a_hand_event_without_a_fingerprint_that_validates_and_survives_a_re_run()
    {
        var (exit, output) = Run("add", "--date", "~2023-08", "--title", "Talks resume in Minsk", "--actor", "belarus", "--actor", "li-shangfu",
            "--summary", "Both sides met again.", "--note", "from a phone call", "-o", Output);

        Assert.Equal(0, exit);
        Assert.Contains("Added event talks-resume-in-minsk", output, StringComparison.Ordinal);
        var text = File.ReadAllText(HandFile);
        Assert.StartsWith(StoreSchemas.EventsHeader, text, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint", text, StringComparison.Ordinal);
        Assert.Equal(0, Run("validate", Output).Exit);

        new EventStore(Output).Save(Samples.Data([Samples.Event("a") with { Title = "Changed" }]), new DiagnosticBag());
        var e = Assert.Single(new EventStore(Output).Load(new DiagnosticBag()).Data.Events, e => e.Id == "talks-resume-in-minsk");
        Assert.Equal((DatePrecision.Month, true, "Both sides met again."), (e.Date.Precision, e.Date.Approximate, e.Summary));
        Assert.Equal(["belarus", "li-shangfu"], e.Actors);
    }

    [Fact]
    public void While_a_build_holds_the_output_folder_add_stops_with_TL0314_and_writes_nothing()
    {
        using (var build = Timeline.Pipeline.OutputLock.TryAcquire(Output))
        {
            Assert.NotNull(build);
            var (exit, output) = Run("add", "--date", "2023", "--title", "Talks resume", "-o", Output);

            Assert.Equal(1, exit);
            Assert.Contains("TL0314", output, StringComparison.Ordinal);
            Assert.False(File.Exists(HandFile));
        }

        Assert.Equal(0, Run("add", "--date", "2023", "--title", "Talks resume", "-o", Output).Exit);
        Assert.True(File.Exists(HandFile));
    }

    [Fact]
    public void A_second_event_with_the_same_title_gets_its_own_id()
    {
        Run("add", "--date", "2023", "--title", "Same", "-o", Output);
        var (exit, output) = Run("add", "--date", "2024", "--title", "Same", "-o", Output);

        Assert.Equal(0, exit);
        Assert.Contains("Added event same-2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_read_at_a_known_url_is_filed_with_that_article()
    {
        var (exit, _) = Run("add", "--date", "2023-08-20", "--title", "Follow-up", "--url", "https://example.org/belarus", "-o", Output);

        Assert.Equal(0, exit);
        Assert.False(File.Exists(HandFile));
        var e = Assert.Single(new EventStore(Output).Load(new DiagnosticBag()).Data.Events, e => e.Id == "follow-up");
        Assert.Equal("belarus-visit", Assert.Single(e.Sources).Article);
    }

    [Fact]
    public void An_event_read_at_a_new_url_gets_a_source_article_of_its_own()
    {
        var (exit, _) = Run("add", "--date", "2023-08-20", "--title", "Elsewhere", "--url", "https://news.example/minsk/talks", "-o", Output);

        Assert.Equal(0, exit);
        var data = new EventStore(Output).Load(new DiagnosticBag()).Data;
        var article = Assert.Single(data.Articles, a => a.Url == "https://news.example/minsk/talks");
        Assert.Equal("hand-news-example-minsk-talks", article.Id);
        Assert.Equal(article.Id, Assert.Single(Assert.Single(data.Events, e => e.Id == "elsewhere").Sources).Article);
    }

    [Theory]
    [InlineData("--date", "2023-13", "--title", "T", "--date: error TL0307: '2023-13' is not a date: there is no month 13")]
    [InlineData("--date", "2023", "--title", "T", "--actor: error TL0308: unknown actor 'belarrus'", "--actor", "belarrus")]
    [InlineData("--date", "2023", "--title", "T", "--id: error TL0303: there is already an event with id 'a'", "--id", "a")]
    public void A_bad_request_is_refused_with_a_diagnostic_and_writes_nothing(string o1, string v1, string o2, string v2, string error, string? o3 = null, string? v3 = null)
    {
        string[] extra = o3 is null ? [] : [o3, v3!];
        var before = Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var (exit, output) = Run(["add", o1, v1, o2, v2, .. extra, "-o", Output]);

        Assert.Equal(1, exit);
        Assert.Contains(error, output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    [Fact]
    public void Missing_date_or_title_is_a_usage_error()
    {
        Assert.NotEqual(0, Run("add", "--title", "T", "-o", Output).Exit);
        Assert.NotEqual(0, Run("add", "--date", "2023", "-o", Output).Exit);
        Assert.False(File.Exists(HandFile));
    }
}
