using System.Reflection;
using Timeline.Cli;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary>The command line never lets a mistake pass as success, and reports in one line on standard error.</summary>
public sealed class MisleadingCliTests
{
    [Fact]
    public void A_misspelt_option_is_an_error_that_names_the_option_meant_and_nothing_is_built()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);

        var result = CliRunner.Run("build", run.Input, "-o", run.Output, "--titel", "My title");

        Assert.Equal(2, result.Exit);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("timeline: error: unknown option '--titel' for 'build' (did you mean '--title'?); see 'timeline build --help'", line);
        Assert.Equal("", result.Output);
        Assert.False(Directory.Exists(run.Output), "nothing is built when an option is unknown");
    }

    [Fact]
    public void An_option_no_command_has_is_an_error_without_a_guess()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);

        var result = CliRunner.Run("build", run.Input, "-o", run.Output, "--frobnicate");

        Assert.Equal(2, result.Exit);
        Assert.Equal("timeline: error: unknown option '--frobnicate' for 'build'; see 'timeline build --help'", Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(run.Output));
    }

    [Fact]
    public void An_unknown_one_letter_option_gets_no_guess()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("build", temp.Combine("articles"), "-o", temp.Combine("output"), "-x");

        Assert.Equal(2, result.Exit);
        Assert.Equal("timeline: error: unknown option '-x' for 'build'; see 'timeline build --help'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_option_of_another_command_is_unknown_to_this_one()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("render", "-o", temp.Combine("out"), "--threads", "2");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("timeline: error: unknown option '--threads' for 'render'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_of_a_command_under_a_branch_names_the_whole_command()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("templates", "eject", temp.Combine("theme"), "--forse");

        Assert.Equal(2, result.Exit);
        Assert.Equal("timeline: error: unknown option '--forse' for 'templates eject' (did you mean '--force'?); see 'timeline templates eject --help'",
            Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(temp.Combine("theme")));
    }

    [Fact]
    public void A_misspelt_command_is_an_error_that_names_the_command_meant()
    {
        var result = CliRunner.Run("buld", "seeds");

        Assert.Equal(2, result.Exit);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("timeline: error: unknown command 'buld'", line, StringComparison.Ordinal);
        Assert.EndsWith("(did you mean 'build'?)", line, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("other-files")]
    public void An_input_folder_without_articles_is_an_error_and_nothing_is_written(string kind)
    {
        using var temp = new TempFolder();
        var input = temp.Combine("articles");
        Directory.CreateDirectory(input);
        if (kind == "other-files")
        {
            temp.Write("articles/report.pdf", "%PDF-1.4");
            temp.Write("articles/figures.csv", "a,b\n");
        }

        var result = CliRunner.Run("build", input, "-o", temp.Combine("output"));

        Assert.Equal(1, result.Exit);
        Assert.Equal(
            [$"{input}: error TL0108: no articles to read: the folder has no .md, .markdown, .txt, .html or .htm file",
             "1 error(s); nothing was written"],
            result.ErrorLines);
        Assert.Equal("", result.Output);
        Assert.False(Directory.Exists(temp.Combine("output")), "no empty site, no empty YAML");
    }

    [Fact]
    public void A_folder_of_unreadable_articles_is_an_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("articles/blank.md", []);

        var result = CliRunner.Run("build", temp.Combine("articles"), "-o", temp.Combine("output"));

        Assert.Equal(1, result.Exit);
        Assert.Contains(result.ErrorLines, l => l.EndsWith("error TL0108: no articles to read: none of its 1 article file(s) could be read", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public void A_missing_input_folder_is_an_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("no-such-folder");

        var result = CliRunner.Run("build", missing, "-o", temp.Combine("output"));

        Assert.Equal(1, result.Exit);
        Assert.Equal([$"{missing}: error TL0106: cannot read folder: it does not exist", "1 error(s); nothing was written"], result.ErrorLines);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public void Render_of_a_missing_output_folder_is_an_error_and_writes_no_empty_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("output");

        var result = CliRunner.Run("render", "-o", output);

        Assert.Equal(1, result.Exit);
        Assert.Equal([$"{output}: error TL0312: the output folder does not exist; run 'timeline build' first", "1 error(s); nothing was written"], result.ErrorLines);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Diagnostics_go_to_standard_error_one_line_each_however_long()
    {
        using var run = PipelineRun.Of("malformed-front-matter");
        // A path far wider than the 80 columns of the test terminal.
        var deep = Path.Combine(run.Input, new string('d', 60), new string('e', 60));
        Directory.CreateDirectory(deep);
        File.Move(Path.Combine(run.Input, "broken.md"), Path.Combine(deep, "broken.md"));

        var result = CliRunner.Run("build", run.Input, "-o", run.Output);

        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.ErrorLines, l => l.Contains("TL0101", StringComparison.Ordinal));
        Assert.Matches(@"^.+broken\.md\(\d+,\d+\): error TL0101: front matter is not valid YAML: \S.*$", line);
        Assert.True(line.Length > 120, line);
        Assert.Equal("3 error(s)", result.ErrorLines[^1]); // broken.md, empty.md and scanned-page.txt
        Assert.Equal(4, result.ErrorLines.Count);
        Assert.DoesNotContain("error", result.Output, StringComparison.Ordinal);
        Assert.Contains("Site: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_assembly_informational_version()
    {
        var expected = typeof(TimelineApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.Exit);
        Assert.Equal(expected + "\n", result.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", expected);
    }

    [Fact]
    public void Build_with_errors_in_the_yaml_lists_each_problem_once_then_one_line_saying_nothing_was_rendered_or_lost()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        Assert.Equal(0, CliRunner.Run("build", run.Input, "-o", run.Output).Exit);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(run.Output, "events"), "*.yaml"));
        var text = File.ReadAllText(file);
        var at = text.IndexOf("  title:", StringComparison.Ordinal);
        var broken = text[..at] + "  titel:" + text[(at + "  title:".Length)..];
        File.WriteAllText(file, broken);
        var index = Path.Combine(run.Site, "index.html");
        var site = File.ReadAllBytes(index);

        var result = CliRunner.Run("build", run.Input, "-o", run.Output);

        Assert.Equal(1, result.Exit);
        var problems = result.ErrorLines[..^1];
        Assert.NotEmpty(problems);
        Assert.All(problems, l => Assert.Matches(@"^.+\.yaml\(\d+,\d+\): (error|warning) TL03\d\d: \S", l));
        Assert.Equal(problems.Count, problems.Distinct().Count());
        var errors = problems.Count(l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(
            $"{errors} error(s) in the timeline files: the site was not rendered, and nothing was lost " +
            $"(files with errors and the previous site were left as they were); fix them, check with 'timeline validate {run.Output}', then run again",
            result.ErrorLines[^1]);
        Assert.Equal("", result.Output);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Equal(site, File.ReadAllBytes(index));
    }
}
