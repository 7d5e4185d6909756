using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Tests.Evaluation.Anchoring;

namespace Timeline.Tests.Cli;

public sealed class EvalAnchoringCommandTests
{
    private const string OneAnchor =
        "Police <EVENT eid=\"e1\" class=\"OCCURRENCE\">arrested</EVENT> two men on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-02\">Friday</TIMEX3>.";

    private const string OneLink =
        "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" />\n<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n";

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("alpha/a.tml", AnchoringSample.Document());
        folder.Write("alpha/sub/b.tml", AnchoringSample.Document());
        folder.Write("beta/c.tml", AnchoringSample.Document(OneAnchor, OneLink));
        return folder;
    }

    [Fact]
    public void Prints_a_row_per_folder_and_the_total_of_gold_anchored_events()
    {
        using var folder = Corpus();
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["eval", "anchoring", Path.Combine(folder.Root, "alpha"), Path.Combine(folder.Root, "beta"), "--per-doc"]);

        Assert.Equal(0, exit);
        var output = console.Output.Replace("\r", "", StringComparison.Ordinal);
        Assert.Equal(["2", "8"], Row(output, "alpha")[1..3]);
        Assert.Equal(["1", "1"], Row(output, "beta")[1..3]);
        Assert.Equal(["3", "9"], Row(output, "total")[1..3]);
        Assert.Equal("4", Row(output, "alpha/sub/b.tml")[1]);
        Assert.Contains(" wrongly dated, ", output, StringComparison.Ordinal);
        Assert.Contains("== missed: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_error_listing_to_a_file_when_asked()
    {
        using var folder = Corpus();
        var errors = Path.Combine(folder.Root, "errors.txt");
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["eval", "anchoring", Path.Combine(folder.Root, "beta"), "--errors", errors]);

        Assert.Equal(0, exit);
        Assert.Equal(["1", "1"], Row(console.Output.Replace("\r", "", StringComparison.Ordinal), "total")[1..3]);
        Assert.DoesNotContain("== missed", console.Output, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ wrongly dated, \d+ missed gold anchored event\(s\)\n", File.ReadAllText(errors));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused()
    {
        using var folder = Corpus();
        var console = new TestConsole();
        var errors = new StringWriter();

        var exit = TimelineApp.Create(console, errors).Run(["eval", "anchoring", Path.Combine(folder.Root, "alpha"), Path.Combine(folder.Root, "nowhere")]);

        Assert.NotEqual(0, exit);
        Assert.Contains("does not exist", errors.ToString(), StringComparison.Ordinal);
    }

    private static string[] Row(string output, string label) =>
        output.Split('\n').Single(l => l.StartsWith(label + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
