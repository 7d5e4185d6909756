using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Actors;
using Timeline.Extract.Actors;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval actors</c>: PER/ORG/LOC precision, recall and F1 of the actor recogniser on a CoNLL file.</summary>
[Description("Score the actor recogniser on a CoNLL NER file (PER, ORG, LOC; exact spans; MISC not scored)")]
public sealed class EvalActorsCommand(IAnsiConsole console, ErrorOutput errors) : Command<EvalActorsSettings>
{
    public override int Execute(CommandContext context, EvalActorsSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var evaluation = new NerEvaluator(new ActorRecognizer(Gazetteer.Default)).Evaluate(settings.File, diagnostics);
        // Plain writes: a table of figures must not be re-wrapped at the terminal width.
        var output = console.Profile.Out.Writer;
        Reporter.PrintDiagnostics(errors, diagnostics);

        if (evaluation is null) return 1;
        output.Write(NerReport.Format(evaluation));
        if (settings.Errors is not null && !ErrorListing.WriteFile(settings.Errors, string.Join("", evaluation.Errors.Select(e => e + "\n")), "TL0522", output, errors))
        {
            return 1;
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
