using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Summarize;

namespace Timeline.Cli.Commands;

/// <summary>Options of <c>timeline summarize</c>.</summary>
public sealed class SummarizeSettings : ExtractSettings
{
    [CommandOption("--dates <N>")]
    [Description("Number of key dates. Default: one per 8 articles, from 1 to 60")]
    public int? Dates { get; init; }

    [CommandOption("--sentences <K>")]
    [Description("Sentences per key date. Default: 2")]
    public int Sentences { get; init; } = SummaryOptions.Default.SentencesPerDate;

    public SummaryOptions ToSummaryOptions() => SummaryOptions.Default with { Dates = Dates, SentencesPerDate = Sentences };

    public override ValidationResult Validate() =>
        Dates is < 1 ? ValidationResult.Error($"--dates must be 1 or more, not {Dates}")
        : Sentences < 1 ? ValidationResult.Error($"--sentences must be 1 or more, not {Sentences}")
        : base.Validate();
}
