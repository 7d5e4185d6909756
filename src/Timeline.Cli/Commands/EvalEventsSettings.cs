using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Options of <c>timeline eval events</c>.</summary>
public sealed class EvalEventsSettings : CommandSettings
{
    [CommandArgument(0, "<ARTICLES_DIR>")]
    [Description("Folder of articles, read as 'timeline extract' reads them")]
    public string Folder { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Keep the extracted events here (merged into what is there, as 'extract' does); without it a temporary folder is used and deleted")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Directory.Exists(Folder) ? ValidationResult.Success() : ValidationResult.Error($"folder '{Folder}' does not exist");
}
