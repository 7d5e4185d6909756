using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Anchoring;
using Timeline.Extract;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval anchoring</c>: how many TimeML events with a gold date the pipeline finds, and how many it dates right.</summary>
[Description("Extract events from TimeML TEXT with the pipeline and score their dates against the gold TLINK anchors")]
public sealed class EvalAnchoringCommand(IAnsiConsole console, ErrorOutput stderr) : Command<EvalAnchoringSettings>
{
    public override int Execute(CommandContext context, EvalAnchoringSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var evaluator = new AnchoringEvaluator(new ArticleExtractor(), settings.EventFirstLinks);
        var corpora = settings.Folders.Select(f => evaluator.Evaluate(f, diagnostics)).ToList();
        // Plain writes: a table of figures and an error listing must not be re-wrapped at the terminal width.
        var output = console.Profile.Out.Writer;
        Reporter.PrintDiagnostics(stderr, diagnostics);

        output.Write(AnchoringReport.Format(corpora));
        if (settings.PerDoc)
        {
            output.Write("\n" + AnchoringReport.FormatDocuments(corpora));
        }

        var errors = AnchoringErrorReport.Format(corpora);
        if (settings.Errors is null)
        {
            output.Write("\n" + errors);
        }
        else if (!ErrorListing.WriteFile(settings.Errors, errors, "TL0541", output, stderr))
        {
            return 1;
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
