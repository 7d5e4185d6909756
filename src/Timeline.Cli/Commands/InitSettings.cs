using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Scaffold;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline init</c>.</summary>
public sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "[dir]")]
    [Description("Folder to set up (created if needed). Default: the current folder")]
    public string Folder { get; init; } = ".";

    [CommandOption("--force")]
    [Description("Overwrite the scaffold's files where they already exist")]
    public bool Force { get; init; }

    [CommandOption("--source <OWNER/NAME>")]
    [Description("GitHub repository holding Timeline's source, from which the Pages workflow builds the tool")]
    public string Source { get; init; } = ProjectScaffold.SourcePlaceholder;

    public override ValidationResult Validate() =>
        Source.Count(c => c == '/') == 1 && !Source.StartsWith('/') && !Source.EndsWith('/') && !Source.Any(char.IsWhiteSpace)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--source must be a GitHub repository as owner/name, not '{Source}'");
}
