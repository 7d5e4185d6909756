using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline eval timex</c>.</summary>
public sealed class EvalTimexSettings : CommandSettings
{
    [CommandArgument(0, "<gold-dir>")]
    [Description("Folder of gold TimeML files (.tml, read recursively)")]
    public string GoldDir { get; init; } = "";

    [CommandArgument(1, "<system-dir>")]
    [Description("Folder of system TimeML files at the same relative paths")]
    public string SystemDir { get; init; } = "";

    [CommandOption("--errors <FILE>")]
    [Description("Write the error listing to this file instead of printing it")]
    public string? Errors { get; init; }

    [CommandOption("--per-doc")]
    [Description("Also print one line of scores per document")]
    public bool PerDoc { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(GoldDir)) return ValidationResult.Error($"gold folder '{GoldDir}' does not exist");
        return Directory.Exists(SystemDir) ? ValidationResult.Success() : ValidationResult.Error($"system folder '{SystemDir}' does not exist");
    }
}
