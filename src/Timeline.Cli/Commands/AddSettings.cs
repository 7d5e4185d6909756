using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline add</c>.</summary>
public sealed class AddSettings : CommandSettings
{
    [CommandOption("--date <DATE>")]
    [Description("When: 2023-08-20, 2023-08, 2023, ~2023-08 (approximate), 2023? (uncertain), 2023-08-16/2023-08-18, -0044")]
    public string? Date { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("Short headline of the event")]
    public string? Title { get; init; }

    [CommandOption("--actor <ID>")]
    [Description("Id of an actor in actors.yaml; repeat for several")]
    public string[] Actors { get; init; } = [];

    [CommandOption("--place <ID>")]
    [Description("Id of the place actor where it happened")]
    public string? Place { get; init; }

    [CommandOption("--url <URL>")]
    [Description("Where it was read; the event is filed with the article of that URL")]
    public string? Url { get; init; }

    [CommandOption("--summary <TEXT>")]
    [Description("A sentence or two about it")]
    public string? Summary { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("A note for people; never changed by the tool")]
    public string? Note { get; init; }

    [CommandOption("--id <ID>")]
    [Description("The event id. Default: made from the title")]
    public string? Id { get; init; }

    [CommandOption("-o|--output <DIR>")]
    [Description("Output folder holding events/*.yaml and actors.yaml. Default: output")]
    public string Output { get; init; } = "output";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Date))
        {
            return ValidationResult.Error("--date is required, e.g. --date 2023-08-20");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            return ValidationResult.Error("--title is required, e.g. --title \"Talks resume in Minsk\"");
        }

        return Id is not null && string.IsNullOrWhiteSpace(Id) ? ValidationResult.Error("--id must not be empty") : ValidationResult.Success();
    }
}
