using System.Globalization;

namespace Timeline.Benchmarks;

/// <summary>
/// Whole builds of a corpus with the built <c>timeline</c> command, each a child process timed from start to exit: cold
/// (empty output and cache), again with nothing changed, and with one article changed; then a one-article build (the
/// seed), and chrono-node on the same text as the reference for time tagging.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(string corpus, string seeds, TextWriter output)
    {
        var sets = Directory.Exists(corpus)
            ? Directory.GetDirectories(corpus).Where(d => Directory.Exists(Path.Combine(d, "articles"))).Order(StringComparer.Ordinal).ToList()
            : [];
        if (sets.Count == 0 || !Directory.Exists(seeds))
        {
            output.Write($"corpus not found at '{Path.GetFullPath(corpus)}' (folders with articles/ inside), or the seed at '{Path.GetFullPath(seeds)}': nothing measured. " +
                "Run from the repository root, or give them: `-- build ../shared/eval/tls seeds`.\n");
            return 2;
        }

        var temp = Path.Combine(Path.GetTempPath(), "timeline-build-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            var articles = Path.Combine(temp, "articles");
            foreach (var set in sets) Copy(Path.Combine(set, "articles"), Path.Combine(articles, Path.GetFileName(set)));
            var files = Directory.GetFiles(articles, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var bytes = files.Sum(f => new FileInfo(f).Length);
            output.Write(Invariant($"corpus: {files.Count} articles, {bytes / 1e6:0.0} MB, {sets.Count} sets of {Path.GetFullPath(corpus)}\n"));
            output.Write(Invariant($"command: {ChildRun.Command} (threads: default, {Environment.ProcessorCount} processors)\n"));
            var site = Path.Combine(temp, "output");

            var failed = false;
            failed |= Report(output, "cold", ChildRun.Start("build", articles, "-o", site), files.Count, bytes);
            failed |= Report(output, "nothing changed", ChildRun.Start("build", articles, "-o", site), files.Count, bytes);
            File.AppendAllText(files[0], "\nThe minister visited the site again on Friday, officials said.\n");
            failed |= Report(output, "one article changed", ChildRun.Start("build", articles, "-o", site), files.Count, bytes);

            var seed = Path.Combine(temp, "seeds");
            Copy(seeds, seed);
            var seedFiles = Directory.GetFiles(seed, "*", SearchOption.AllDirectories);
            for (var i = 1; i <= 3; i++)
            {
                failed |= Report(output, $"one article (the seed), run {i}, --no-cache", ChildRun.Start("build", seed, "-o", Path.Combine(temp, "seed-output"), "--no-cache"),
                    seedFiles.Length, seedFiles.Sum(f => new FileInfo(f).Length));
            }

            ChronoReference.Run(articles, output);
            return failed ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    // One line per build; true when it failed.
    private static bool Report(TextWriter output, string name, ChildRun run, int articles, long bytes)
    {
        var seconds = Math.Max(run.Wall.TotalSeconds, 1e-9);
        output.Write(Invariant($"{name}: {run.Wall.TotalSeconds:0.00} s wall, {articles / seconds:0.0} articles/s, {bytes / 1024.0 / seconds:0.0} KB/s, ") +
            Invariant($"peak working set {run.PeakBytes / 1048576.0:0} MiB; {run.Count("extracted")} extracted, {run.Count("from the cache")} from the cache; ") +
            Invariant($"{run.Count("event(s)")} events, {run.Count("actor(s)")} actors; exit {run.Exit}\n"));
        var errors = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in errors.Where(l => run.Exit != 0 || l.Contains(": error ", StringComparison.Ordinal)).Take(5))
        {
            output.Write($"  {line}\n");
        }

        return run.Exit != 0;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
