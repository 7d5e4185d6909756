using System.Text.RegularExpressions;

namespace Timeline.Tests.Repository;

/// <summary>
/// The README's test command is the one CI runs, and CI installs nothing first: the tests set up
/// what they need themselves (see <c>Browser/ToolSetup.cs</c>), so the command passes on a fresh clone.
/// </summary>
public sealed partial class TestCommandTests
{
    [GeneratedRegex(@"Run the tests:\s*```sh\n(?<command>[^\n]+)\n```")]
    private static partial Regex ReadmeTestCommand();

    private static string Command() => ReadmeTestCommand().Match(SourceTree.Read("README.md")) is { Success: true } m
        ? m.Groups["command"].Value.Trim()
        : throw new InvalidOperationException("README.md has no 'Run the tests:' code block");

    [Fact]
    public void The_readme_test_command_is_the_plain_solution_test()
    {
        Assert.Equal("dotnet test Timeline.sln", Command());
    }

    [Fact]
    public void Ci_runs_exactly_the_readme_test_command_adding_only_a_results_logger()
    {
        var tests = SourceTree.Read(".ci", "run").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("dotnet test", StringComparison.Ordinal))
            .ToList();

        var line = Assert.Single(tests);
        Assert.Equal(
            Command() + " --logger \"trx;LogFileName=results.trx\" --results-directory \"$results\" || status=$?",
            line);
    }

    [Fact]
    public void Ci_installs_nothing_before_the_tests()
    {
        var commands = SourceTree.Read(".ci", "run").Split('\n').Where(line => !line.TrimStart().StartsWith('#')).ToList();
        Assert.DoesNotContain(commands, line => line.Contains("apt-get", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, line => line.Contains("npm install", StringComparison.Ordinal));
    }
}
