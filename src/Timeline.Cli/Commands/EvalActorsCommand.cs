using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Actors;
using Timeline.Extract.Actors;
using Timeline.Extract.Actors.Ner;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval actors</c>: PER/ORG/LOC precision, recall and F1 of the actor recogniser on a CoNLL file.</summary>
[Description("Score the actor recogniser on a CoNLL NER file (PER, ORG, LOC; exact spans; MISC not scored)")]
public sealed class EvalActorsCommand(IAnsiConsole console, ErrorOutput errors) : Command<EvalActorsSettings>
{
    public override int Execute(CommandContext context, EvalActorsSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        NerModel? model = null;
        if (!settings.RulesOnly)
        {
            using var stream = settings.Model is null ? null : File.OpenRead(settings.Model);
            model = stream is null ? NerModel.Default : NerModel.Load(stream);
        }

        if (settings.ModelOnly) return ModelOnly(settings.File, model, diagnostics);
        var evaluation = new NerEvaluator(new ActorRecognizer(Gazetteer.Default, model)).Evaluate(settings.File, diagnostics);
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

    private int ModelOnly(string file, NerModel? model, DiagnosticBag diagnostics)
    {
        var documents = ConllReader.Read(file, File.ReadAllText(file), diagnostics);
        Reporter.PrintDiagnostics(errors, diagnostics);
        if (diagnostics.HasErrors || model is null) return 1;
        var output = console.Profile.Out.Writer;
        var counts = ConllTraining.Score(model, Gazetteer.Default, documents);
        foreach (var (type, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("all", (counts.Values.Sum(x => x.Gold), counts.Values.Sum(x => x.Found), counts.Values.Sum(x => x.Correct)))))
        {
            var p = c.Found == 0 ? 0 : 100.0 * c.Correct / c.Found;
            var r = c.Gold == 0 ? 0 : 100.0 * c.Correct / c.Gold;
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"model {type,-4} P {p:F1} R {r:F1} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F1}"));
        }

        return 0;
    }
}
