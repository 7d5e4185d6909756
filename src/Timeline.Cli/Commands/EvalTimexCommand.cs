using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval timex</c>: TempEval-3 scores of system TIMEX3s against gold ones, and the errors.</summary>
[Description("Score system TIMEX3s against gold TimeML (TempEval-3 strict, relaxed, value, type) and list the errors")]
public sealed class EvalTimexCommand(IAnsiConsole console, ErrorOutput stderr) : Command<EvalTimexSettings>
{
    public override int Execute(CommandContext context, EvalTimexSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var evaluation = new TimexCorpusEvaluator().Evaluate(settings.GoldDir, settings.SystemDir, diagnostics);
        // Plain writes: a table of figures and an error listing must not be re-wrapped at the terminal width.
        var output = console.Profile.Out.Writer;
        Reporter.PrintDiagnostics(stderr, diagnostics);

        output.Write($"{evaluation.Documents.Count} document(s), micro-averaged\n");
        output.Write(TimexScoreReport.Format(evaluation.Total));
        if (settings.PerDoc)
        {
            output.Write("\n" + TimexScoreReport.FormatDocuments(evaluation.Documents));
        }

        var errors = TimexErrorReport.Format(evaluation.Errors);
        if (settings.Errors is null)
        {
            output.Write("\n" + errors);
        }
        else if (!ErrorListing.WriteFile(settings.Errors, errors, "TL0513", output, stderr))
        {
            return 1;
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
