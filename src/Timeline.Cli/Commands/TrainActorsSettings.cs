using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline train actors</c>.</summary>
public sealed class TrainActorsSettings : CommandSettings
{
    [CommandArgument(0, "<file>")]
    [Description("CoNLL NER training file (e.g. ../shared/eval/ner/conll2003/eng.train)")]
    public string File { get; init; } = "";

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model (src/Timeline.Core/Extract/Actors/Data/ner-model.bin ships with the build)")]
    public string? Out { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Passes over the data (default 10)")]
    public int Epochs { get; init; } = 10;

    [CommandOption("--holdout <PERCENT>")]
    [Description("Hold out the last PERCENT of the documents and score the model on them (for tuning; default 0)")]
    public int Holdout { get; init; }

    [CommandOption("--min-weight <W>")]
    [Description("Drop weights smaller than this in magnitude when saving (default 0.02)")]
    public float MinWeight { get; init; } = 0.02f;

    public override ValidationResult Validate() =>
        !System.IO.File.Exists(File) ? ValidationResult.Error($"CoNLL file '{File}' does not exist")
        : Holdout is < 0 or >= 100 ? ValidationResult.Error("--holdout must be between 0 and 99")
        : ValidationResult.Success();
}
