using Spectre.Console.Testing;
using Timeline.Cli;

namespace Timeline.Tests.Cli;

public sealed class EvalTlsCommandTests
{
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("tls/smart_common_words.txt", "the\non\nof\nits\nin\n");
        folder.Write("tls/flood/articles/a1.md", "---\ndate: 2024-03-02\n---\nThe river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.\n");
        folder.Write("tls/flood/articles/a2.md", "---\ndate: 2024-03-04\n---\nHundreds of families were still in shelters after the Avon burst its banks on 1 March.\n");
        folder.Write("tls/flood/articles/a3.md", "---\ndate: 2024-03-05\n---\nInsurers expect large claims from the flood of 1 March in Bath and the towns downstream.\n");
        // Published after the gold's last date: not part of the task.
        folder.Write("tls/flood/articles/a4.md", "---\ndate: 2024-04-20\n---\nThe council said the flood defences in Bath failed when the river rose on 1 March.\n");
        folder.Write("tls/flood/timelines/gold.txt",
            "2024-03-01\nThe Avon bursts its banks in Bath , flooding hundreds of homes .\n--------------------------------\n" +
            "2024-03-05\nInsurers count the cost .\n--------------------------------\n");
        return folder;
    }

    [Fact]
    public void Scores_each_task_beside_pubcount_and_writes_the_system_timelines_where_asked()
    {
        using var folder = Corpus();
        var console = new TestConsole();
        var output = Path.Combine(folder.Root, "system");

        var exit = TimelineApp.Create(console).Run(["eval", "tls", Path.Combine(folder.Root, "tls"), "--out", output, "--threads", "1"]);

        Assert.Equal(0, exit);
        var row = Assert.Single(console.Output.Split('\n'), l => l.StartsWith("flood", StringComparison.Ordinal));
        // Three articles in the gold's span, two dates of one sentence each; the system finds 1 March.
        Assert.Matches(@"^flood\s+3\s+2\s+1\s", row);
        Assert.Contains("mean", console.Output, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(output, "flood.txt"));
        var lines = written.Split('\n');
        Assert.Equal("2024-03-01", lines[0]);
        Assert.Contains("1 March", lines[1], StringComparison.Ordinal);
        Assert.Equal("--------------------------------", lines[2]);
    }

    [Fact]
    public void A_folder_without_the_stopword_list_is_an_error()
    {
        using var folder = Corpus();
        File.Delete(Path.Combine(folder.Root, "tls", "smart_common_words.txt"));
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["eval", "tls", Path.Combine(folder.Root, "tls")]);

        Assert.Equal(1, exit);
    }
}
