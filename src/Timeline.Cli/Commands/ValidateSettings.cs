using System.ComponentModel;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline validate</c>.</summary>
public sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "[output]")]
    [Description("Output folder holding events/*.yaml and actors.yaml. Default: output")]
    public string Output { get; init; } = "output";
}
