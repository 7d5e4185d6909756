using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline eval actors</c>.</summary>
public sealed class EvalActorsSettings : CommandSettings
{
    [CommandArgument(0, "<file>")]
    [Description("CoNLL NER file: a token and its IOB tag per line, blank lines between sentences")]
    public string File { get; init; } = "";

    [CommandOption("--errors <FILE>")]
    [Description("Write the missed and spurious entities to this file")]
    public string? Errors { get; init; }

    [CommandOption("--rules-only")]
    [Description("Score the rules and gazetteers without the entity model")]
    public bool RulesOnly { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("Use this entity model file instead of the built-in one (e.g. one just trained with a held-out part)")]
    public string? Model { get; init; }

    [CommandOption("--model-only")]
    [Description("Score the entity model alone on the file's own tokens, without rules or gazetteer overrides")]
    public bool ModelOnly { get; init; }

    public override ValidationResult Validate() =>
        !System.IO.File.Exists(File) ? ValidationResult.Error($"CoNLL file '{File}' does not exist")
        : RulesOnly && (ModelOnly || Model is not null) ? ValidationResult.Error("--rules-only scores the rules without a model: it cannot go with --model-only or --model")
        : Model is not null && !System.IO.File.Exists(Model) ? ValidationResult.Error($"model file '{Model}' does not exist")
        : ValidationResult.Success();
}
