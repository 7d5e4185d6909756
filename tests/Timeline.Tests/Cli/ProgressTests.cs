using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary>The live progress line: on an interactive terminal only, with articles done out of all and articles per second.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void An_interactive_terminal_sees_articles_done_out_of_all_and_the_rate()
    {
        SmallCorpus.WriteTo(_temp.Combine("articles"));
        var console = new TestConsole().Width(120).Interactive().EmitAnsiSequences();

        var exit = TimelineApp.Create(console, new StringWriter()).Run(["extract", _temp.Combine("articles"), "-o", _temp.Combine("output"), "--threads", "1"]);

        Assert.Equal(0, exit);
        Assert.Contains("6/6", console.Output, StringComparison.Ordinal);
        Assert.Contains("articles/s", console.Output, StringComparison.Ordinal);
        Assert.Contains("6 article(s)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_that_is_not_a_terminal_carries_the_summary_alone()
    {
        SmallCorpus.WriteTo(_temp.Combine("articles"));

        var result = CliRunner.Run("extract", _temp.Combine("articles"), "-o", _temp.Combine("output"), "--threads", "1");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("6 article(s), ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("articles/s", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nkey events: ", result.Output, StringComparison.Ordinal);
        Assert.Equal(5, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    public void Dispose() => _temp.Dispose();
}
