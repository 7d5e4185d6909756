using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline add</c>: a hand-made event, kept by every re-run like any hand edit.</summary>
[Description("Add an event by hand (to output/events/hand-added.yaml, or with the article of --url)")]
public sealed class AddCommand(IAnsiConsole console, ErrorOutput errors) : Command<AddSettings>
{
    public override int Execute(CommandContext context, AddSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var request = new HandEvent
        {
            Date = settings.Date!,
            Title = settings.Title!,
            Id = settings.Id,
            Summary = settings.Summary,
            Actors = [.. settings.Actors],
            Place = settings.Place,
            Url = settings.Url,
            Note = settings.Note,
        };
        // A build writing the same files meanwhile would overwrite the addition, or this the build's files.
        using var held = OutputLock.Acquire(settings.Output, diagnostics);
        if (held is not null && new EventStore(settings.Output).AddByHand(request, diagnostics) is { } id)
        {
            console.MarkupLine($"Added event {Markup.Escape(id)}");
        }

        return ValidateCommand.Print(console, errors, diagnostics);
    }
}
