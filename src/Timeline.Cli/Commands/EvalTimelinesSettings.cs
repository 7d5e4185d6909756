using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Options of <c>timeline eval timelines</c>.</summary>
public sealed class EvalTimelinesSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("SemEval-2015 Task 4 style folder: articles/, tokens/, gold/")]
    public string Folder { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Where to write the system timelines (one file per gold entity); without it they are only scored")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Directory.Exists(Folder) ? ValidationResult.Success() : ValidationResult.Error($"folder '{Folder}' does not exist");
}
