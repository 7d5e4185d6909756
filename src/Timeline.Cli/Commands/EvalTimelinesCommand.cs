using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Timelines;
using Timeline.Extract;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval timelines</c>: per-entity timelines from raw articles, scored as SemEval-2015 Task 4 temporal awareness.</summary>
[Description("Build a timeline per gold entity from the articles, write them in the SemEval format and score them")]
public sealed class EvalTimelinesCommand(IAnsiConsole console, ErrorOutput errors) : Command<EvalTimelinesSettings>
{
    public override int Execute(CommandContext context, EvalTimelinesSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var evaluation = TimelineEvaluation.Run(settings.Folder, new ArticleExtractor(), diagnostics);
        var output = console.Profile.Out.Writer;
        // The corpus folder is often read-only (../shared): the system timelines are written only where asked.
        var written = settings.Out is { } outFolder && Write(outFolder, evaluation, diagnostics);

        Reporter.PrintDiagnostics(errors, diagnostics);

        output.Write(evaluation.Format());
        if (written) output.Write($"system timelines written to {settings.Out}\n");
        return diagnostics.HasErrors ? 1 : 0;
    }

    private static bool Write(string outFolder, TimelineEvaluation evaluation, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(outFolder);
            foreach (var (_, system, _) in evaluation.Entities)
            {
                File.WriteAllText(Path.Combine(outFolder, system.Name), system.Format());
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("TL0532", outFolder, 0, 0, $"cannot write the system timelines: {e.Message}"));
            return false;
        }
    }
}
