using Spectre.Console.Testing;
using Timeline.Cli;

namespace Timeline.Tests.Cli;

public sealed class EvalTimelinesCommandTests
{
    private const string Body = "Acme released the Widget on 3 March 2008.\n";

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("corpus/articles/1_acme.md", "---\ntitle: \"Acme\"\ndate: 2008-03-04\n---\n" + Body);
        var tokens = new System.Text.StringBuilder("token_id\tstart\tend\ttoken\n");
        var start = 0;
        foreach (var word in Body.TrimEnd().TrimEnd('.').Split(' '))
        {
            tokens.Append($"1-0-{word}\t{start}\t{start + word.Length}\t{word}\n");
            start += word.Length + 1;
        }

        folder.Write("corpus/tokens/1_acme.tsv", tokens.ToString());
        folder.Write("corpus/gold/acme.txt", "Acme\n1\t2008-03-03\t1-0-released\n");
        return folder;
    }

    [Fact]
    public void Scores_without_writing_next_to_a_corpus_that_may_be_read_only()
    {
        using var folder = Corpus();
        var console = new TestConsole();

        TimelineApp.Create(console).Run(["eval", "timelines", Path.Combine(folder.Root, "corpus")]);

        Assert.Contains("all (micro)", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("written to", console.Output, StringComparison.Ordinal);
        Assert.Equal(["corpus"], Directory.GetDirectories(folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Writes_the_system_timelines_where_asked()
    {
        using var folder = Corpus();
        var console = new TestConsole();
        var output = Path.Combine(folder.Root, "system");

        TimelineApp.Create(console).Run(["eval", "timelines", Path.Combine(folder.Root, "corpus"), "--out", output]);

        Assert.Contains($"system timelines written to {output}", console.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "acme.txt")));
    }
}
