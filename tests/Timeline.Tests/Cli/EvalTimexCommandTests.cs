using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Tests.Evaluation;

namespace Timeline.Tests.Cli;

public sealed class EvalTimexCommandTests
{
    private const string GoldText =
        "Prices rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-03\">yesterday</TIMEX3> and " +
        "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-02\">last month</TIMEX3>, <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3> on.";

    private const string SystemText =
        "Prices rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-03\">yesterday</TIMEX3> and " +
        "last <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-03\">month</TIMEX3>, two years <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">on</TIMEX3>.";

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("gold/news/a.tml", TimeMl.Document(GoldText));
        folder.Write("system/news/a.tml", TimeMl.Document(SystemText));
        folder.Write("gold/b.tml", TimeMl.Document(GoldText));
        return folder;
    }

    [Fact]
    public void Prints_the_four_measures_and_the_errors_by_category()
    {
        using var folder = Corpus();
        var console = new TestConsole();
        var errors = new StringWriter();

        var exit = TimelineApp.Create(console, errors).Run(["eval", "timex", Path.Combine(folder.Root, "gold"), Path.Combine(folder.Root, "system"), "--per-doc"]);

        // b.tml has no system file: an error, scored as finding nothing (6 gold, 3 system, 2 pairs, 1 exact).
        Assert.Equal(1, exit);
        var output = console.Output.Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains("error TL0510: no system file", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 document(s), micro-averaged\ngold 6, system 3\n", output, StringComparison.Ordinal);
        Assert.Contains("strict        0.333   0.167   0.222        1\n", output, StringComparison.Ordinal);
        Assert.Contains("relaxed       0.667   0.333   0.444        2\n", output, StringComparison.Ordinal);
        Assert.Contains("value         0.333   0.167   0.222        1\n", output, StringComparison.Ordinal);
        Assert.Contains("type          0.667   0.333   0.444        2\n", output, StringComparison.Ordinal);
        Assert.Equal(["b.tml", "3", "0", "0.000", "0.000", "0.000", "0.000"], Row(output, "b.tml"));
        Assert.Equal(["news/a.tml", "3", "3", "0.333", "0.667", "0.333", "0.667"], Row(output, "news/a.tml"));
        Assert.Contains("== missed: 4 ==", output, StringComparison.Ordinal);
        Assert.Contains("== spurious: 1 ==", output, StringComparison.Ordinal);
        Assert.Contains("\"last month\" -> \"month\"", output, StringComparison.Ordinal);
        Assert.Contains("9999-99 -> 9999-99", output, StringComparison.Ordinal);
    }

    private static string[] Row(string output, string document) =>
        output.Split('\n').Single(l => l.StartsWith(document + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Writes_the_error_listing_to_a_file_when_asked()
    {
        using var folder = Corpus();
        File.Delete(Path.Combine(folder.Root, "gold", "b.tml"));
        var errors = Path.Combine(folder.Root, "errors.txt");
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["eval", "timex", Path.Combine(folder.Root, "gold"), Path.Combine(folder.Root, "system"), "--errors", errors]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("== missed", console.Output, StringComparison.Ordinal);
        Assert.StartsWith("4 error(s): 1 missed, 1 spurious, 1 wrong extent, 1 wrong value, 0 wrong type\n", File.ReadAllText(errors), StringComparison.Ordinal);
    }
}
