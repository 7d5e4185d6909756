using System.Diagnostics;
using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Benchmarks;

/// <summary>
/// Times the TIMEX3 annotator on a TimeML corpus (model build, then every document with one model)
/// and scores it with the TempEval-3 measures, per corpus folder and overall. Besides wall time it counts the
/// process's CPU time while tagging (the tagging thread, and the JIT and GC working for it): one document is
/// tagged at a time, so KB per CPU second is the throughput of one core even when other work shares the machine.
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
        var (allChars, allTime, allCpu) = (0L, TimeSpan.Zero, TimeSpan.Zero);
        foreach (var folder in folders)
        {
            var (evaluations, chars, time, cpu) = RunFolder(tagger, Path.Combine(corpus, folder!), diagnostics);
            all.AddRange(evaluations);
            allChars += chars;
            allTime += time;
            allCpu += cpu;
            Report(output, folder!, evaluations, chars, time, cpu);
        }

        if (folders.Count > 1) Report(output, "overall", all, allChars, allTime, allCpu);
        foreach (var d in diagnostics.ToSortedList())
        {
            output.Write($"{d}\n");
        }

        return diagnostics.HasErrors ? 1 : 0;
    }

    private static (List<DocumentEvaluation>, long Chars, TimeSpan Time, TimeSpan Cpu) RunFolder(TimeMlTagger tagger, string folder, DiagnosticBag diagnostics)
    {
        var reader = new TimeMlReader();
        var evaluations = new List<DocumentEvaluation>();
        var (chars, time, cpu) = (0L, TimeSpan.Zero, TimeSpan.Zero);
        foreach (var relative in TimeMlFiles.Find(folder))
        {
            var gold = reader.Read(Path.Combine(folder, relative), diagnostics);
            if (gold is null) continue;
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            var system = tagger.Annotate(gold, null);
            time += clock.Elapsed;
            cpu += Environment.CpuUsage.TotalTime - cpuBefore;
            chars += gold.Text.Length;
            evaluations.Add(TimexCorpusEvaluator.EvaluateDocument(relative, gold, system));
        }

        return (evaluations, chars, time, cpu);
    }

    private static void Report(TextWriter output, string name, List<DocumentEvaluation> documents, long chars, TimeSpan time, TimeSpan cpu)
    {
        var score = documents.Aggregate(TimexScore.Zero, (sum, d) => sum.Plus(d.Score));
        var kb = chars / 1024.0;
        var perDoc = documents.Count == 0 ? 0 : time.TotalMilliseconds / documents.Count;
        output.Write(Invariant($"== {name}: {documents.Count} documents, {kb:0.0} KB of text, {time.TotalSeconds:0.00} s tagging ==\n"));
        output.Write(Invariant($"throughput: {kb / Math.Max(time.TotalSeconds, 1e-9):0.0} KB/s, {perDoc:0.0} ms per document; ") +
            Invariant($"CPU {cpu.TotalSeconds:0.00} s, {kb / Math.Max(cpu.TotalSeconds, 1e-9):0.0} KB per CPU second\n"));
        output.Write(Invariant($"F1  strict {score.Strict.F1:0.000}  relaxed {score.Relaxed.F1:0.000}  value {score.Value.F1:0.000}  type {score.Type.F1:0.000}\n"));
        output.Write(TimexScoreReport.Format(score));
        output.Write("\n");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
