using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Tests.Evaluation;

namespace Timeline.Tests.Cli;

public sealed class TagCommandTests
{
    private const string Tml =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>NOTE.1</DOCID>\n" +
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-03-07\" functionInDocument=\"CREATION_TIME\">March 7</TIMEX3></DCT>\n" +
        "<TEXT>The bridge <EVENT eid=\"e1\">reopened</EVENT> on 5 March 2001 after <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P3M\">three months</TIMEX3>.</TEXT>\n</TimeML>\n";

    [Fact]
    public void Tags_a_folder_into_the_same_relative_paths_and_reports_bad_files()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.tml", Tml);
        folder.Write("in/sub/b.tml", Tml.Replace("bridge", "tunnel", StringComparison.Ordinal));
        folder.Write("in/sub/broken.tml", "<TimeML><TEXT>cut off");
        folder.Write("in/plain.txt", "Ignored without --dct.");
        var console = new TestConsole();
        var errors = new StringWriter();

        var exit = TimelineApp.Create(console, errors).Run(["tag", Path.Combine(folder.Root, "in"), "--out", Path.Combine(folder.Root, "out")]);

        Assert.Equal(1, exit);
        Assert.Contains("broken.tml(1,", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("error TL0501", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 document(s) tagged", console.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Root, "out", "plain.tml")));
        var tagged = TimeMl.Read(File.ReadAllText(Path.Combine(folder.Root, "out", "sub", "b.tml")));
        Assert.Equal("The tunnel reopened on 5 March 2001 after three months.", tagged.Text);
        Assert.Contains(tagged.Timexes, t => t.Text.Contains("5 March 2001", StringComparison.Ordinal) && t.Value == "2001-03-05");
        Assert.DoesNotContain("<EVENT", File.ReadAllText(Path.Combine(folder.Root, "out", "a.tml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_plain_text_with_a_dct_and_the_output_does_not_depend_on_the_run()
    {
        using var folder = new TempFolder();
        var input = folder.Write("note.txt", "The museum closed yesterday and reopens on 9 March.\n");
        var first = Path.Combine(folder.Root, "first");
        var second = Path.Combine(folder.Root, "second");

        Assert.Equal(0, TimelineApp.Create(new TestConsole()).Run(["tag", input, "--dct", "2001-03-07", "--out", first]));
        Assert.Equal(0, TimelineApp.Create(new TestConsole()).Run(["tag", input, "--dct", "2001-03-07", "--out", second]));

        var written = File.ReadAllText(Path.Combine(first, "note.tml"));
        Assert.Equal(written, File.ReadAllText(Path.Combine(second, "note.tml")));
        var document = TimeMl.Read(written);
        Assert.Equal(new DateOnly(2001, 3, 7), document.Dct);
        Assert.Contains(document.Timexes, t => t.Text == "yesterday" && t.Value == "2001-03-06");
    }

    [Fact]
    public void Plain_text_without_a_dct_is_an_error()
    {
        using var folder = new TempFolder();
        var input = folder.Write("note.txt", "Sometime.");
        var errors = new StringWriter();

        Assert.Equal(1, TimelineApp.Create(new TestConsole(), errors).Run(["tag", input, "--out", Path.Combine(folder.Root, "out")]));
        Assert.Contains("error TL0506", errors.ToString(), StringComparison.Ordinal);
    }
}
