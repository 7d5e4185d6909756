using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline tag</c>: annotate documents with TIMEX3s and write them as TimeML.</summary>
[Description("Annotate TimeML or plain-text documents with TIMEX3 time expressions, written as TimeML")]
public sealed class TagCommand(IAnsiConsole console, ErrorOutput errors) : Command<TagSettings>
{
    public override int Execute(CommandContext context, TagSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var tagger = new TimeMlTagger(new TimexAnnotator(new TemporalTagger()));
        var summary = tagger.Tag(settings.Paths, settings.Out, settings.DctDate, diagnostics);
        var output = console.Profile.Out.Writer;
        Reporter.PrintDiagnostics(errors, diagnostics);

        output.Write($"{summary.Documents} document(s) tagged, {summary.Timexes} TIMEX3(s), written to {settings.Out}\n");
        return diagnostics.HasErrors ? 1 : 0;
    }
}
