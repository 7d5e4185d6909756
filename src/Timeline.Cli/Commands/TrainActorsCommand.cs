using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Evaluation.Actors;
using Timeline.Extract.Actors;
using Timeline.Extract.Actors.Ner;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline train actors</c>: trains the entity model the actor recogniser uses on a CoNLL file.</summary>
[Description("Train the actor recogniser's entity model on a CoNLL NER file (PER, ORG, LOC, MISC)")]
public sealed class TrainActorsCommand(IAnsiConsole console, ErrorOutput errors) : Command<TrainActorsSettings>
{
    public override int Execute(CommandContext context, TrainActorsSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var documents = ConllReader.Read(settings.File, File.ReadAllText(settings.File), diagnostics);
        Reporter.PrintDiagnostics(errors, diagnostics);
        if (diagnostics.HasErrors) return 1;

        var output = console.Profile.Out.Writer;
        // Every k-th document is held out, so the held-out part has news, sport and tables as the rest has.
        var every = settings.Holdout == 0 ? int.MaxValue : 100 / settings.Holdout;
        var training = documents.Where((_, k) => k % every != every - 1).ToList();
        var heldOut = documents.Where((_, k) => k % every == every - 1).ToList();
        var gazetteer = Gazetteer.Default;
        var model = new NerTrainer(gazetteer).Train(ConllTraining.Sentences(training, gazetteer), settings.Epochs,
            progress: (epoch, accuracy) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: token accuracy {accuracy:P2}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.FeatureCount} features, trained on {training.Count} documents"));
        if (heldOut.Count > 0)
        {
            var counts = ConllTraining.Score(model, gazetteer, heldOut);
            foreach (var (type, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("all", (counts.Values.Sum(x => x.Gold), counts.Values.Sum(x => x.Found), counts.Values.Sum(x => x.Correct)))))
            {
                var p = c.Found == 0 ? 0 : 100.0 * c.Correct / c.Found;
                var r = c.Gold == 0 ? 0 : 100.0 * c.Correct / c.Gold;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out {type,-4} P {p:F1} R {r:F1} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F1}"));
            }
        }

        if (settings.Out is not null)
        {
            using var file = File.Create(settings.Out);
            model.Save(file, settings.MinWeight);
            output.WriteLine($"wrote {settings.Out}");
        }

        return 0;
    }
}
