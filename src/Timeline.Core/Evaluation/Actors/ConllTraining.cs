using Timeline.Extract.Actors;
using Timeline.Extract.Actors.Ner;
using Timeline.Extract.Text;

namespace Timeline.Evaluation.Actors;

/// <summary>Trains and scores the entity model on CoNLL documents, on the file's own tokens.</summary>
public static class ConllTraining
{
    public static List<(IReadOnlyList<string> Words, IReadOnlyList<string> Rules, int[] Tags)> Sentences(IEnumerable<ConllDocument> documents, Gazetteer gazetteer)
    {
        var rules = new ActorRecognizer(gazetteer, null);
        return [.. WithSpans(documents).Select(x => ((IReadOnlyList<string>)x.Sentence.Tokens, (IReadOnlyList<string>)rules.RuleTags(x.Spans),
            NerTags.FromSpans(x.Sentence.Tokens.Count, ConllReader.Spans(0, x.Sentence.Tags).Select(e => new NerSpan(e.Start, e.End - e.Start, e.Type)))))];
    }

    /// <summary>Exact-span PER/ORG/LOC counts (gold, found, correct) per type of the model alone.</summary>
    public static Dictionary<string, (int Gold, int Found, int Correct)> Score(NerModel model, Gazetteer gazetteer, IEnumerable<ConllDocument> documents)
    {
        var rules = new ActorRecognizer(gazetteer, null);
        var counts = new Dictionary<string, (int Gold, int Found, int Correct)>(StringComparer.Ordinal);
        foreach (var (s, spans) in WithSpans(documents))
        {
            var gold = ConllReader.Spans(0, s.Tags).Select(e => new NerSpan(e.Start, e.End - e.Start, e.Type)).Where(e => e.Type != "MISC").ToHashSet();
            var found = model.Tag(gazetteer, s.Tokens, rules.RuleTags(spans)).Where(e => e.Type != "MISC").ToList();
            foreach (var g in gold) Add(g.Type, 1, 0, 0);
            foreach (var f in found) Add(f.Type, 0, 1, gold.Contains(f) ? 1 : 0);
        }

        return counts;

        void Add(string type, int g, int f, int c)
        {
            var x = counts.GetValueOrDefault(type);
            counts[type] = (x.Gold + g, x.Found + f, x.Correct + c);
        }
    }

    // Each sentence's tokens as spans of the running text ConllText makes of it ("China's", "(AP)"), as the rules expect.
    private static IEnumerable<(ConllSentence Sentence, List<TextSpan> Spans)> WithSpans(IEnumerable<ConllDocument> documents)
    {
        foreach (var document in documents)
        {
            var text = ConllText.Of(document);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var tokens = document.Sentences[s].Tokens;
                yield return (document.Sentences[s], [.. tokens.Select((w, t) => new TextSpan { Start = text.TokenStarts[s][t], Text = w })]);
            }
        }
    }
}
