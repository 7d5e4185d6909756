using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline eval anchoring</c>.</summary>
public sealed class EvalAnchoringSettings : CommandSettings
{
    [CommandArgument(0, "<timeml-dir>")]
    [Description("Folders of gold TimeML files (.tml, read recursively); one row of figures each when several")]
    public string[] Folders { get; init; } = [];

    [CommandOption("--errors <FILE>")]
    [Description("Write the error listing to this file instead of printing it")]
    public string? Errors { get; init; }

    [CommandOption("--event-first-links")]
    [Description("Count only TLINKs written from the event to the time (eventInstanceID to relatedToTime), not the time-first ones")]
    public bool EventFirstLinks { get; init; }

    [CommandOption("--per-doc")]
    [Description("Also print one line of counts per document")]
    public bool PerDoc { get; init; }

    public override ValidationResult Validate()
    {
        var missing = Folders.FirstOrDefault(f => !Directory.Exists(f));
        return missing is null ? ValidationResult.Success() : ValidationResult.Error($"folder '{missing}' does not exist");
    }
}
