using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline validate</c>: every problem in the hand-editable YAML, at its line and column.</summary>
[Description("Check output/events/*.yaml, output/actors.yaml and output/summary.yaml: syntax, fields, dates, ids, actor and anchor references")]
public sealed class ValidateCommand(IAnsiConsole console, ErrorOutput errors) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(settings.Output))
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, settings.Output, 0, 0, "the output folder does not exist; run 'timeline extract' first"));
            return Print(console, errors, diagnostics);
        }

        var summary = new StoreValidator(settings.Output).Validate(diagnostics);
        var keyDates = summary.KeyDates > 0 ? $", {summary.KeyDates} key date(s)" : "";
        console.MarkupLine($"{summary.Articles} events file(s), {summary.Events} event(s), {summary.Actors} actor(s){keyDates} checked");
        return Print(console, errors, diagnostics);
    }

    /// <summary>Prints diagnostics one a line on standard error and gives the exit code: 1 when any is an error (also used by <c>add</c>).</summary>
    internal static int Print(IAnsiConsole console, ErrorOutput errors, DiagnosticBag diagnostics)
    {
        var count = Reporter.PrintDiagnostics(errors, diagnostics);
        if (count > 0)
        {
            errors.Line($"{count} error(s)");
            return 1;
        }

        console.MarkupLine("[green]No errors[/]");
        return 0;
    }
}
