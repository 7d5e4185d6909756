using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Options shared by build, extract and render.</summary>
public class CommonSettings : CommandSettings
{
    [CommandArgument(0, "[input]")]
    [Description("Folder of articles (.md, .txt, .html), read recursively. Default: seeds")]
    public string Input { get; init; } = "seeds";

    [CommandOption("-o|--output <DIR>")]
    [Description("Output folder for events/*.yaml, actors.yaml and site/. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("--reference-date <YYYY-MM-DD>")]
    [Description("Publication date for articles that give none")]
    public string? ReferenceDate { get; init; }

    [CommandOption("--templates <DIR>")]
    [Description("Your templates, layered in front of the built-in theme (file by file)")]
    public string? Templates { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("Site title. Default: Timeline")]
    public string Title { get; init; } = "Timeline";

    [CommandOption("--config <FILE>")]
    [Description("Site settings (title, description, base_url, language, theme). Default: timeline.yaml beside the input folder")]
    public string? Config { get; init; }

    public override ValidationResult Validate()
    {
        if (ReferenceDate is not null && !DateOnly.TryParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--reference-date must be a date like 2023-08-18, not '{ReferenceDate}'");
        }

        if (Templates is not null && !Directory.Exists(Templates))
        {
            return ValidationResult.Error($"--templates folder '{Templates}' does not exist");
        }

        return ValidationResult.Success();
    }

    public virtual BuildOptions ToOptions() => new()
    {
        Input = Input,
        Output = Output,
        ReferenceDate = ReferenceDate is null ? null : DateOnly.ParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Templates = Templates,
        SiteTitle = Title,
        Config = Config,
    };
}
