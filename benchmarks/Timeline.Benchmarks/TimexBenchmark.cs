using System.Diagnostics;
using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Benchmarks;

/// <summary>
/// Times the TIMEX3 annotator on a TimeML corpus (model build, then every document with one model)
/// and scores it with the TempEval-3 measures, per corpus folder and overall.
/// </summary>
internal static class TimexBenchmark
{
    public static int Run(string corpus, TextWriter output)
    {
        if (!Directory.Exists(corpus))
        {
            output.Write($"TimeML corpus not found at '{Path.GetFullPath(corpus)}': nothing measured. " +
                "Give the folder holding timebank/ and aquaint/ (shared/eval/timeml), e.g. `-- timex ../shared/eval/timeml`.\n");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var tagger = new TimeMlTagger(new TimexAnnotator(new TemporalTagger()));
        var build = clock.Elapsed;
        clock.Restart();
        tagger.Annotate(new TimeMlReader().Parse("<TimeML><TEXT>Warm-up on Monday, 3 March 1998.</TEXT></TimeML>", "warm-up", new DiagnosticBag())!, new DateOnly(1998, 3, 5));
        var warmUp = clock.Elapsed;
        output.Write(Invariant($"model build: {build.TotalMilliseconds:0} ms, first call (warm-up): {warmUp.TotalMilliseconds:0} ms\n\n"));

        var diagnostics = new DiagnosticBag();
        var folders = Directory.EnumerateDirectories(corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0) folders.Add(".");
        var all = new List<DocumentEvaluation>();
        var (allChars, allTime) = (0L, TimeSpan.Zero);
        foreach (var folder in folders)
        {
            var (evaluations, chars, time) = RunFolder(tagger, Path.Combine(corpus, folder!), diagnostics);
            all.AddRange(evaluations);
            allChars += chars;
            allTime += time;
            Report(output, folder!, evaluations, chars, time);
        }

        if (folders.Count > 1) Report(output, "overall", all, allChars, allTime);
        foreach (var d in diagnostics.ToSortedList())
        {
            output.Write($"{d}\n");
        }

        return diagnostics.HasErrors ? 1 : 0;
    }

    private static (List<DocumentEvaluation>, long Chars, TimeSpan Time) RunFolder(TimeMlTagger tagger, string folder, DiagnosticBag diagnostics)
    {
        var reader = new TimeMlReader();
        var evaluations = new List<DocumentEvaluation>();
        var (chars, time) = (0L, TimeSpan.Zero);
        foreach (var relative in TimeMlFiles.Find(folder))
        {
            var gold = reader.Read(Path.Combine(folder, relative), diagnostics);
            if (gold is null) continue;
            var clock = Stopwatch.StartNew();
            var system = tagger.Annotate(gold, null);
            time += clock.Elapsed;
            chars += gold.Text.Length;
            evaluations.Add(TimexCorpusEvaluator.EvaluateDocument(relative, gold, system));
        }

        return (evaluations, chars, time);
    }

    private static void Report(TextWriter output, string name, List<DocumentEvaluation> documents, long chars, TimeSpan time)
    {
        var score = documents.Aggregate(TimexScore.Zero, (sum, d) => sum.Plus(d.Score));
        var kb = chars / 1024.0;
        var perDoc = documents.Count == 0 ? 0 : time.TotalMilliseconds / documents.Count;
        output.Write(Invariant($"== {name}: {documents.Count} documents, {kb:0.0} KB of text, {time.TotalSeconds:0.00} s tagging ==\n"));
        output.Write(Invariant($"throughput: {kb / Math.Max(time.TotalSeconds, 1e-9):0.0} KB/s, {perDoc:0.0} ms per document\n"));
        output.Write(Invariant($"F1  strict {score.Strict.F1:0.000}  relaxed {score.Relaxed.F1:0.000}  value {score.Value.F1:0.000}  type {score.Type.F1:0.000}\n"));
        output.Write(TimexScoreReport.Format(score));
        output.Write("\n");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
