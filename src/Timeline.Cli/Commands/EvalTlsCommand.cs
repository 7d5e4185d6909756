using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Tls;
using Timeline.Store;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval tls</c>: key-events summaries of Timeline17-style tasks, scored with Date-F1 and align+ m:1 ROUGE, beside PUBCOUNT.</summary>
[Description("Summarise each Timeline17-style task into key dates and score them (Date-F1, AR-1, AR-2) beside the PUBCOUNT baseline")]
public sealed class EvalTlsCommand(IAnsiConsole console, ErrorOutput errors) : Command<EvalTlsSettings>
{
    public override int Execute(CommandContext context, EvalTlsSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var evaluation = TlsEvaluation.Run(settings.Folder, settings.Threads, settings.Cache, diagnostics);
        // The corpus folder is often read-only (../shared): the system timelines are written only where asked.
        var written = settings.Out is { } outFolder && evaluation.Results.Count > 0 && Write(outFolder, evaluation, diagnostics);

        Reporter.PrintDiagnostics(errors, diagnostics);
        var output = console.Profile.Out.Writer;
        output.Write(evaluation.Format());
        if (written) output.Write($"system timelines written to {settings.Out}\n");
        return diagnostics.HasErrors || evaluation.Results.Count == 0 ? 1 : 0;
    }

    private static bool Write(string outFolder, TlsEvaluation evaluation, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicFile.WriteAll([.. evaluation.Results.Select(r => (Path.Combine(outFolder, r.Task.Name.Replace('/', '_') + ".txt"), r.System.Format()))]);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("TL0553", outFolder, 0, 0, $"cannot write the system timelines: {e.Message}"));
            return false;
        }
    }
}
