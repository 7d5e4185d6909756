using Spectre.Console.Testing;
using Timeline.Cli;

namespace Timeline.Tests.Cli;

public sealed class SummarizeCommandTests
{
    [Fact]
    public void Prints_the_key_dates_and_stores_them_in_summary_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("in/a1.md", "---\ndate: 2024-03-02\n---\nThe river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.\n");
        folder.Write("in/a2.md", "---\ndate: 2024-03-04\n---\nHundreds of families were still in shelters after the Avon burst its banks on 1 March.\n");
        folder.Write("in/a3.md", "---\ndate: 2024-03-05\n---\nInsurers expect large [claims] from the flood of 1 March in Bath and the towns downstream.\n");
        var console = new TestConsole();
        var output = Path.Combine(folder.Root, "out");

        var exit = TimelineApp.Create(console).Run(["summarize", Path.Combine(folder.Root, "in"), "-o", output, "--dates", "1", "--sentences", "1", "--threads", "1"]);

        Assert.Equal(0, exit);
        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2024-03-01  salience ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(", 3 articles", lines[0].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("  - ", lines[1], StringComparison.Ordinal);
        Assert.Contains("1 March", lines[1], StringComparison.Ordinal);
        Assert.Contains("- date: 2024-03-01", File.ReadAllText(Path.Combine(output, "summary.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_dropped_by_hand_stays_dropped_when_summarize_runs_again()
    {
        using var folder = new TempFolder();
        folder.Write("in/a1.md", "---\ndate: 2024-03-02\n---\nThe river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.\n");
        folder.Write("in/a2.md", "---\ndate: 2024-03-04\n---\nHundreds of families were still in shelters after the Avon burst its banks on 1 March.\n");
        var output = Path.Combine(folder.Root, "out");
        string[] args = ["summarize", Path.Combine(folder.Root, "in"), "-o", output, "--dates", "1", "--sentences", "1", "--threads", "1"];
        Assert.Equal(0, TimelineApp.Create(new TestConsole()).Run(args));
        var summary = Path.Combine(output, "summary.yaml");
        File.AppendAllText(summary, "dropped_dates:\n- 2024-03-01\n");

        var console = new TestConsole();
        Assert.Equal(0, TimelineApp.Create(console).Run(args));

        Assert.DoesNotContain("- date: 2024-03-01", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.DoesNotContain("2024-03-01  salience", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_zero_dates()
    {
        var console = new TestConsole();

        var exit = TimelineApp.Create(console).Run(["summarize", "--dates", "0"]);

        Assert.NotEqual(0, exit);
    }
}
