using System.Diagnostics;
using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Evaluation.Actors;
using Timeline.Extract.Actors;

namespace Timeline.Benchmarks;

/// <summary>
/// Times the gazetteer load (once per process) and actor recognition with resolution over a CoNLL corpus,
/// then scores it (PER, ORG, LOC, exact spans).
/// </summary>
internal static class ActorsBenchmark
{
    public static int Run(string conll, TextWriter output)
    {
        if (!File.Exists(conll))
        {
            output.Write($"CoNLL file not found at '{Path.GetFullPath(conll)}': nothing measured. " +
                "Give a CoNLL NER file, e.g. `-- actors ../shared/eval/ner/wikigold.conll.txt`.\n");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Default;
        var load = clock.Elapsed;
        var recognizer = new ActorRecognizer(gazetteer);
        output.Write(Invariant($"gazetteer load: {load.TotalMilliseconds:0} ms\n"));

        var diagnostics = new DiagnosticBag();
        var documents = ConllReader.Read(conll, File.ReadAllText(conll), diagnostics);
        var tagger = new ActorNerTagger(recognizer);
        tagger.Tag(documents[0]); // warm-up: JIT and first-use costs are not throughput
        var texts = documents.Select(d => ConllText.Of(d).Text.Length).Sum();
        var tokens = documents.Sum(d => d.Sentences.Sum(s => s.Tokens.Count));
        const int rounds = 3;
        clock.Restart();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var d in documents) tagger.Tag(d);
        }

        var seconds = clock.Elapsed.TotalSeconds / rounds;
        output.Write(Invariant($"recognition + resolution: {documents.Count} documents, {tokens} tokens, {texts} chars in {seconds * 1000:0} ms: {tokens / seconds:0} tokens/s, {texts / seconds / 1024:0} KB/s\n\n"));
        output.Write(NerReport.Format(new NerEvaluator(recognizer).Evaluate(documents)));
        return diagnostics.HasErrors ? 1 : 0;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
