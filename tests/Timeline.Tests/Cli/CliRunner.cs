using Spectre.Console.Testing;
using Timeline.Cli;

namespace Timeline.Tests.Cli;

/// <summary>What one run of the command line printed: standard output and standard error apart.</summary>
public sealed record CliResult(int Exit, string Output, string Errors)
{
    public List<string> ErrorLines => [.. Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>Runs <c>timeline</c> in process, at a terminal width of 80 as when piped, with standard error captured.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var console = new TestConsole().Width(80);
        var errors = new StringWriter();
        var exit = TimelineApp.Create(console, errors).Run(args);
        return new CliResult(exit, console.Output.Replace("\r\n", "\n", StringComparison.Ordinal), errors.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
