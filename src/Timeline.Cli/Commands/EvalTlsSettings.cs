using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Options of <c>timeline eval tls</c>.</summary>
public sealed class EvalTlsSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Timeline17-style folder: <source>/articles/*.md, <source>/timelines/*.txt, smart_common_words.txt")]
    public string Folder { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Where to write the system timelines (one file per task, in the gold's format); without it they are only scored")]
    public string? Out { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Articles extracted at once. Default: the number of cores")]
    public int Threads { get; init; } = Environment.ProcessorCount;

    [CommandOption("--cache <DIR>")]
    [Description("Extraction cache, one subfolder per source; a second run reads the articles' extractions from it. Default: none")]
    public string? Cache { get; init; }

    public override ValidationResult Validate() =>
        !Directory.Exists(Folder) ? ValidationResult.Error($"folder '{Folder}' does not exist")
        : Threads < 1 ? ValidationResult.Error($"--threads must be at least 1, not {Threads}")
        : ValidationResult.Success();
}
