using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Events;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval events</c>: extract a folder of articles and print what an editor would check first.</summary>
[Description("Extract the events of a folder of articles and print their types, statuses, dates and headline problems")]
public sealed class EvalEventsCommand(IAnsiConsole console, ErrorOutput errors) : Command<EvalEventsSettings>
{
    public override int Execute(CommandContext context, EvalEventsSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var temporary = settings.Out is null ? Path.Combine(Path.GetTempPath(), "timeline-eval-events-" + Guid.NewGuid().ToString("N")) : null;
        var outFolder = settings.Out ?? temporary!;
        EventStatistics statistics;
        try
        {
            // The real pipeline, stored and read back: the figures are those of what 'extract' would leave on disk.
            new TimelineBuilder(BuildOptions.Default with { Input = settings.Folder, Output = outFolder }).Extract(diagnostics);
            statistics = EventStatisticsCalculator.Compute(new EventStore(outFolder).Load(diagnostics).Data);
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }

        // Plain writes: a table of figures must not be re-wrapped at the terminal width.
        var output = console.Profile.Out.Writer;
        Reporter.PrintDiagnostics(errors, diagnostics);

        output.Write(EventStatisticsReport.Format(statistics));
        if (settings.Out is not null) output.Write($"events written to {settings.Out}\n");
        return diagnostics.HasErrors ? 1 : 0;
    }
}
