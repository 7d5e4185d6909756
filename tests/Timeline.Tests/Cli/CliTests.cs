using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Diagnostics;
using Timeline.Store;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary>The command line as a user meets it: help, a good build, a bad article, a bad option.</summary>
public sealed class CliTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("extract")]
    [InlineData("render")]
    public void Help_for_each_command_lists_its_options(string command)
    {
        var (exit, output) = Run(command, "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "[input]", "-o, --output", "--reference-date", "--templates", "--title" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_of_a_good_folder_succeeds_and_prints_the_summary()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);

        var (exit, output) = Run("build", run.Input, "-o", run.Output);

        Assert.Equal(0, exit);
        var stored = new EventStore(run.Output).Load(new DiagnosticBag()).Data;
        Assert.NotEmpty(stored.Events);
        Assert.Contains($"1 article(s), {stored.Events.Count} event(s), {stored.Actors.Count} actor(s)\n", output, StringComparison.Ordinal);
        Assert.Contains($"events: {stored.Events.Count} added, 0 updated", output, StringComparison.Ordinal);
        Assert.Contains($"Site: {Path.Combine(run.Site, "index.html")}\n", output, StringComparison.Ordinal);
        var pages = Directory.GetFiles(run.Site, "*.html", SearchOption.AllDirectories).Length;
        Assert.Matches($"\nsite: {pages} pages in [0-9]+\\.[0-9] s\n", output);
        Assert.DoesNotContain(" error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_of_a_folder_with_a_malformed_article_fails_with_a_one_line_diagnostic()
    {
        using var run = PipelineRun.Of("malformed-front-matter");

        var result = CliRunner.Run("build", run.Input, "-o", run.Output);

        Assert.NotEqual(0, result.Exit);
        var broken = Path.Combine(run.Input, "broken.md");
        var line = Assert.Single(result.ErrorLines, l => l.StartsWith(broken, StringComparison.Ordinal));
        Assert.Matches(@"^.+\(\d+,\d+\): error TL0101: front matter is not valid YAML: \S.*$", line);
        Assert.True(File.Exists(Path.Combine(run.Output, "events", "good.yaml")));
    }

    [Fact]
    public void A_reference_date_that_is_not_a_date_is_a_validation_error()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);

        var result = CliRunner.Run("build", run.Input, "-o", run.Output, "--reference-date", "nonsense");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("--reference-date must be a date like 2023-08-18, not 'nonsense'", result.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Output), "nothing is built when the options are invalid");
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var exit = TimelineApp.Create(console).Run(args);
        return (exit, console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
