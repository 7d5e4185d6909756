using Spectre.Console.Testing;
using Timeline.Cli;

namespace Timeline.Tests.Cli;

public sealed class EvalEventsCommandTests
{
    private static TempFolder Articles()
    {
        var folder = new TempFolder();
        folder.Write("articles/acme-release.md",
            "---\ntitle: \"Acme launch\"\ndate: 2008-03-04\n---\nBoeing delivered the first aircraft to Qantas in Seattle on 3 March 2008.\n");
        folder.Write("articles/acme-history.md",
            "---\ntitle: \"Acme history\"\ndate: 2008-04-11\n---\nBoeing opened its first factory in Ohio in 1990.\n");
        return folder;
    }

    [Fact]
    public void Extracts_the_articles_and_prints_their_figures_without_leaving_files_behind()
    {
        using var folder = Articles();
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["eval", "events", folder.Combine("articles")]);

        Assert.Equal(0, exit);
        Assert.StartsWith("articles 2, events 2, events per article: mean 1.00, max 1\n", console.Output, StringComparison.Ordinal);
        Assert.Contains($"{"day",-36} {1,6} {"50.0%",7}\n", console.Output, StringComparison.Ordinal);
        Assert.Contains($"{"more than 365 days from the article",-36} {1,6} {"50.0%",7}\n", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("written to", console.Output, StringComparison.Ordinal);
        Assert.Equal(["articles"], Directory.GetDirectories(folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Keeps_the_extracted_events_where_asked()
    {
        using var folder = Articles();
        var console = new TestConsole();
        var output = folder.Combine("out");

        TimelineApp.Create(console).Run(["eval", "events", folder.Combine("articles"), "--out", output]);

        Assert.Contains($"events written to {output}", console.Output, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "events"), "*.yaml").Length);
    }
}
