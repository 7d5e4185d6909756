using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>
/// Hand edits an attacker or a careless person makes to the store: every one is a located error or is accepted
/// and published; none is an exception, a hang or a stack overflow.
/// </summary>
public sealed class HostileEditTests : IDisposable
{
    private readonly TempFolder _out = new();

    public HostileEditTests()
    {
        new EventStore(_out.Path).Save(Samples.Data([Samples.Event("a"), Samples.Event("b", day: 17)]), new DiagnosticBag());
    }

    public void Dispose() => _out.Dispose();

    private string EventsFile => _out.File("events", "belarus-visit.yaml");

    private string ActorsFile => _out.File("actors.yaml");

    private List<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        var validating = Task.Run(() => new StoreValidator(_out.Path).Validate(diagnostics));
        Assert.True(validating.Wait(TimeSpan.FromSeconds(30)), "validate did not finish");
        return [.. diagnostics.ToSortedList()];
    }

    // What build does after extraction: load, validate, render. None of it may throw.
    private BuildSummary Render(DiagnosticBag diagnostics)
    {
        new EventStore(_out.Path).Load(new DiagnosticBag());
        return new TimelineBuilder(new BuildOptions { Input = _out.File("no-input"), Output = _out.Path }).Render(diagnostics);
    }

    public static TheoryData<string, string, string> Edits => new()
    {
        { "events", "  title: Event a\n", "  title: [Event a\n" },
        { "events", "  date:\n", "  date: {value: 2023\n  x:\n" },
        { "actors", "  name: Li Shangfu\n", "  name: {Li Shangfu\n" },
        { "actors", "  name: Li Shangfu\n", "  name: [Li Shangfu\n" },
        { "events", "  title: Event a\n", "  title: " + new string('[', 5000) + new string(']', 5000) + "\n" },
        { "events", "  title: Event a\n", "  title:\n" + string.Concat(Enumerable.Range(2, 3000).Select(i => new string(' ', i) + "-\n")) },
        { "actors", "  name: Li Shangfu\n", "  name: Li Shangfu\n  role: &a [x,x,x,x,x,x,x,x]\n  country: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n  ? *b\n  : bomb\n" },
        { "events", "  title: Event a\n", "  title: Event\fa\n" },
        { "events", "  title: Event a\n", "  title: \"Event \\fa\"\n" },
        { "events", "  title: Event a\n", "  title: \"Event \\e[31ma\"\n" },
        { "events", "  title: Event a\n", "  title: Event \u001b[31ma\n" },
        { "events", "  title: Event a\n", "  title: \"Event \\uFFFEa\"\n" },
        { "actors", "  name: Li Shangfu\n", "  name: Li \u0001Shangfu\n" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_hostile_edit_is_a_located_error_and_never_an_exception(string file, string oldText, string newText)
    {
        var path = file == "events" ? EventsFile : ActorsFile;
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, oldText);
        File.WriteAllText(path, text[..at] + newText + text[(at + oldText.Length)..]);

        var errors = Validate().Where(d => d.Severity == Severity.Error).ToList();
        var diagnostics = new DiagnosticBag();
        var summary = Render(diagnostics);

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.True(error.Line > 0, error.ToString());
        Assert.Null(summary.Site);
        Assert.True(summary.NotRendered);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Path == path && d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-12")]
    [InlineData("9999-Q4")]
    [InlineData("99XX")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("\"0001\"")]
    public void A_date_at_the_end_of_the_calendar_is_accepted_and_published(string date)
    {
        var text = File.ReadAllText(EventsFile);
        var start = text.IndexOf("  date:\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n  actors:", start, StringComparison.Ordinal);
        File.WriteAllText(EventsFile, text[..start] + "  date: " + date + text[end..]);

        var diagnostics = new DiagnosticBag();
        var summary = Render(diagnostics);

        Assert.DoesNotContain(Validate(), d => d.Severity == Severity.Error);
        Assert.NotNull(summary.Site);
        Assert.Contains("DTSTART", File.ReadAllText(Path.Combine(summary.Site, "timeline.ics")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{value: \"\", precision: unknown}")]
    [InlineData("{value: \" \", precision: unknown}")]
    [InlineData("\"\"")]
    public void What_validate_accepts_in_a_date_the_writer_writes_back_valid(string date)
    {
        var text = File.ReadAllText(EventsFile);
        var start = text.IndexOf("  date:\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n  actors:", start, StringComparison.Ordinal);
        File.WriteAllText(EventsFile, text[..start] + "  date: " + date + text[end..]);
        var first = Validate();

        if (first.Exists(d => d.Severity == Severity.Error))
        {
            Assert.All(first, d => Assert.True(d.Line > 0, d.ToString()));
            return;
        }

        var loaded = new EventStore(_out.Path).Load(new DiagnosticBag()).Data;
        new EventStore(_out.Path).Save(loaded, new DiagnosticBag());
        Assert.DoesNotContain(Validate(), d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("Line\u2028separator")]
    [InlineData("Paragraph\u2029separator")]
    [InlineData("Next\u0085line")]
    [InlineData("Carriage\rreturn")]
    [InlineData("Two\nlines\u2028and a separator")]
    [InlineData("Two\r\nlines")]
    public void Line_separators_in_text_survive_a_write_and_a_read(string title)
    {
        using var store = new TempFolder();
        var data = Samples.Data([Samples.Event("a") with { Title = title, Summary = title }]);
        new EventStore(store.Path).Save(data, new DiagnosticBag());

        var validation = new DiagnosticBag();
        new StoreValidator(store.Path).Validate(validation);
        var loaded = new EventStore(store.Path).Load(new DiagnosticBag()).Data.Events.Single();

        Assert.Empty(validation.ToSortedList());
        Assert.Equal(title, loaded.Title);
        Assert.Equal(title, loaded.Summary);
    }

    [Theory]
    [InlineData("Talks \u001b[31mresume")]
    [InlineData("Talks\u0007 resume")]
    [InlineData("Talks resume\uFFFE")]
    public void Add_refuses_a_title_with_a_control_character(string title)
    {
        var diagnostics = new DiagnosticBag();

        var added = HandAdder.Add(new StoreLayout(_out.Path), new HandEvent { Date = "2023-08-20", Title = title }, diagnostics);

        Assert.Null(added);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("--title", StoreCodes.InvalidValue), (error.Path, error.Code));
        Assert.Empty(Validate());
    }

    [Fact]
    public void Random_damage_to_real_files_never_makes_validate_or_load_throw()
    {
        var originals = new[] { (EventsFile, File.ReadAllText(EventsFile)), (ActorsFile, File.ReadAllText(ActorsFile)) };
        string[] insertions = ["[", "]", "{", "}", "\"", "'", "\f", "\u001b", "\0", "\t", "&a ", "*a", ": ", "- ", "? ", "\n", "\n  ", "#", "|", ">", "!!str ", "%", "@", "`", "\u2028", "\uFFFE", "\\"];
        var random = new Random(15);
        for (var round = 0; round < 150; round++)
        {
            var (path, original) = originals[round % 2];
            var text = original;
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(4) switch
                {
                    0 => text[..at],
                    1 => text[..at] + text[Math.Min(text.Length, at + random.Next(1, 20))..],
                    _ => text[..at] + insertions[random.Next(insertions.Length)] + text[at..],
                };
            }

            File.WriteAllText(path, text);
            try
            {
                var diagnostics = Validate();
                new EventStore(_out.Path).Load(new DiagnosticBag());
                Assert.All(diagnostics, d => Assert.DoesNotContain("Operation is not valid", d.Message, StringComparison.Ordinal));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"round {round}: {e.GetType().Name}: {e.Message}\n--- {path}\n{text}");
            }
            finally
            {
                File.WriteAllText(path, original);
            }
        }
    }
}
