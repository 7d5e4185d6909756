using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Diagnostics;
using Timeline.Store;
using Timeline.Tests.Store;

namespace Timeline.Tests.Cli;

/// <summary><c>timeline validate</c> and the check <c>render</c> makes before publishing.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ValidateCommandTests()
    {
        new EventStore(Output).Save(Samples.Data([Samples.Event("a"), Samples.Event("b", day: 17)]), new DiagnosticBag());
    }

    private string Output => Path.Combine(_temp.Root, "out");

    private string EventsFile => Path.Combine(Output, "events", "belarus-visit.yaml");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_valid_timeline_passes_with_exit_code_zero()
    {
        var (exit, output) = Run("validate", Output);

        Assert.Equal(0, exit);
        Assert.Contains("1 events file(s), 2 event(s), 2 actor(s) checked\n", output, StringComparison.Ordinal);
        Assert.Contains("No errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_is_printed_as_path_line_col_error_code_message_and_the_exit_code_is_one()
    {
        StoreFiles.Edit(EventsFile, "  title: Event a\n", "  titel: Event a\n  title: Event a\n");
        StoreFiles.Edit(EventsFile, "  - li-shangfu\n", "  - li-shangfoo\n");
        File.WriteAllText(Path.Combine(Output, "events", "more.yaml"), "article:\n  id: more\n  title: More\nevents:\n- id: b\n  title: Again\n  date: 2023-02-30\n");

        var (exit, output) = Run("validate", Output);

        Assert.Equal(1, exit);
        var lines = output.Split('\n').Where(l => l.Contains(" error TL", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 5, string.Join("\n", lines)); // The actor typo is in both events.
        Assert.All(lines, l => Assert.Matches(@"^.+\.yaml\(\d+,\d+\): error TL03\d\d: \S", l));
        Assert.Contains(lines, l => l.Contains("error TL0302: unknown field 'titel' in an event (did you mean 'title'?)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("error TL0308: unknown actor 'li-shangfoo'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("more.yaml(7,9): error TL0307: '2023-02-30' is not a date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("more.yaml(5,7): error TL0303: duplicate event id 'b'", StringComparison.Ordinal));
        Assert.Contains("5 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_output_folder_is_an_error_not_a_crash()
    {
        var (exit, output) = Run("validate", Path.Combine(_temp.Root, "nowhere"));

        Assert.Equal(1, exit);
        Assert.Contains("error TL0312: the output folder does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_an_invalid_timeline_and_leaves_the_previous_site()
    {
        Assert.Equal(0, Run("render", "-o", Output).Exit);
        var index = Path.Combine(Output, "site", "index.html");
        var before = File.ReadAllBytes(index);
        StoreFiles.Edit(EventsFile, "  title: Event a\n", "  titel: Event a\n");

        var (exit, output) = Run("render", "-o", Output);

        Assert.Equal(1, exit);
        Assert.Contains("error(s) in the timeline files: the site was not rendered, and nothing was lost", output, StringComparison.Ordinal);
        Assert.Contains("error TL0302", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(index));
    }

    /// <summary>Runs the command; the output is standard output, then standard error.</summary>
    [Fact]
    public void Summary_yaml_is_checked_too_and_its_key_dates_counted()
    {
        File.WriteAllText(Path.Combine(Output, SummaryStore.FileName), "dates:\n- date: 2023-08-16\n  entries:\n  - text: Talks.\n- date: 2023-08-16\n");

        var (exit, output) = Run("validate", Output);

        Assert.Equal(1, exit);
        Assert.Contains("2 key date(s) checked\n", output, StringComparison.Ordinal);
        Assert.Contains("summary.yaml(5,9): error TL0320: the day 2023-08-16 is listed twice (also at line 2)", output, StringComparison.Ordinal);
    }

    internal static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var errors = new StringWriter();
        var exit = TimelineApp.Create(console, errors).Run(args);
        return (exit, console.Output.Replace("\r\n", "\n", StringComparison.Ordinal) + errors);
    }
}
