using Timeline.Diagnostics;
using Timeline.Extract.Actors;

namespace Timeline.Evaluation.Actors;

/// <summary>
/// Scores the actor recogniser on a CoNLL file with the CoNLL exact-span rule: an entity counts only
/// when its first token, last token and type all agree with a gold one. PER, ORG and LOC are scored; MISC is not.
/// </summary>
public sealed class NerEvaluator(ActorRecognizer recognizer)
{
    public const string CannotRead = "TL0521";

    public static IReadOnlyList<string> ScoredTypes { get; } = ["PER", "ORG", "LOC"];

    public NerEvaluation? Evaluate(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(CannotRead, path, 0, 0, $"cannot read the CoNLL file: {e.Message}"));
            return null;
        }

        return Evaluate(ConllReader.Read(path, text, diagnostics));
    }

    public NerEvaluation Evaluate(IReadOnlyList<ConllDocument> documents)
    {
        var tagger = new ActorNerTagger(recognizer);
        var correct = ScoredTypes.ToDictionary(t => t, _ => 0);
        var gold = ScoredTypes.ToDictionary(t => t, _ => 0);
        var system = ScoredTypes.ToDictionary(t => t, _ => 0);
        var errors = new List<string>();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var goldSpans = document.Sentences.SelectMany((s, i) => ConllReader.Spans(i, s.Tags))
                .Where(s => gold.ContainsKey(s.Type)).ToHashSet();
            var systemSpans = tagger.Tag(document).ToHashSet();
            foreach (var s in goldSpans) gold[s.Type]++;
            foreach (var s in systemSpans)
            {
                system[s.Type]++;
                if (goldSpans.Contains(s)) correct[s.Type]++;
            }

            foreach (var s in goldSpans.Where(g => !systemSpans.Contains(g)).Concat(systemSpans.Where(p => !goldSpans.Contains(p))).OrderBy(s => s.Sentence).ThenBy(s => s.Start))
            {
                var kind = goldSpans.Contains(s) ? "missed" : "spurious";
                var words = string.Join(' ', document.Sentences[s.Sentence].Tokens.Skip(s.Start).Take(s.End - s.Start));
                errors.Add($"doc {d + 1} sentence {s.Sentence + 1}: {kind} {s.Type} '{words}'");
            }
        }

        var types = ScoredTypes.Select(t => new NerScore { Type = t, Correct = correct[t], Gold = gold[t], System = system[t] }).ToList();
        var overall = new NerScore { Type = "ALL", Correct = correct.Values.Sum(), Gold = gold.Values.Sum(), System = system.Values.Sum() };
        return new NerEvaluation { Documents = documents.Count, Types = types, Overall = overall, Errors = errors };
    }
}
