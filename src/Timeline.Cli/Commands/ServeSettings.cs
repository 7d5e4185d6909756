using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline serve</c>: those of build, and the port.</summary>
public sealed class ServeSettings : ExtractSettings
{
    [CommandOption("--port <N>")]
    [Description("Port on 127.0.0.1. Default: a free one")]
    public int Port { get; init; }

    public override ValidationResult Validate() =>
        Port is < 0 or > 65535 ? ValidationResult.Error($"--port must be between 0 and 65535, not {Port}") : base.Validate();
}
