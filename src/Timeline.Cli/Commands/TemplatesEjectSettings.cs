using System.ComponentModel;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline templates eject</c>.</summary>
public sealed class TemplatesEjectSettings : CommandSettings
{
    [CommandArgument(0, "[dir]")]
    [Description("Folder to copy the built-in templates into. Default: templates")]
    public string Folder { get; init; } = "templates";

    [CommandOption("--force")]
    [Description("Overwrite files that already exist in the folder")]
    public bool Force { get; init; }
}
