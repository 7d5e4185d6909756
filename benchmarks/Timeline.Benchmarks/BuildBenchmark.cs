using System.Globalization;

namespace Timeline.Benchmarks;

/// <summary>
/// Whole builds of a corpus with the built <c>timeline</c> command, each a child process timed from start to exit: cold
/// (empty output and cache), again with nothing changed, and with one article changed; then a one-article build (the
/// seed), with the tool as it is packed for linux-x64 (ReadyToRun, published here) and with the plain build, in turns;
/// and chrono-node on the same text as the reference for time tagging.
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

            failed |= Seed(seeds, temp, output);

            ChronoReference.Run(articles, output);
            return failed ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The seed alone: a one-article build from process start to exit, three times with each command.</summary>
    public static int RunSeed(string seeds, TextWriter output)
    {
        if (!Directory.Exists(seeds))
        {
            output.Write($"the seed not found at '{Path.GetFullPath(seeds)}': nothing measured. Run from the repository root, or give it: `-- seed seeds`.\n");
            return 2;
        }

        var temp = Path.Combine(Path.GetTempPath(), "timeline-seed-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Seed(seeds, temp, output) ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    // True when a build failed.
    private static bool Seed(string seeds, string temp, TextWriter output)
    {
        var failed = false;
        var seed = Path.Combine(temp, "seeds");
        Copy(seeds, seed);
        var seedFiles = Directory.GetFiles(seed, "*", SearchOption.AllDirectories);
        var seedBytes = seedFiles.Sum(f => new FileInfo(f).Length);
        var tool = PublishTool(Path.Combine(temp, "tool"), output);
        for (var i = 1; i <= 3; i++)
        {
            // Alternating, so both see the same load: the tool as users get it, then the plain build beside this benchmark.
            if (tool is not null)
            {
                failed |= Report(output, $"one article (the seed), run {i}, --no-cache, the tool as packed for linux-x64 (ReadyToRun)",
                    ChildRun.StartCommand(tool, "build", seed, "-o", Path.Combine(temp, "seed-output"), "--no-cache"), seedFiles.Length, seedBytes);
            }

            failed |= Report(output, $"one article (the seed), run {i}, --no-cache, the plain Release build (JIT)",
                ChildRun.Start("build", seed, "-o", Path.Combine(temp, "seed-output"), "--no-cache"), seedFiles.Length, seedBytes);
        }

        return failed;
    }

    // The command as the packed tool for linux-x64 is built (src/Timeline.Cli: ReadyToRun, framework-dependent), published
    // from the repository this runs in; null, with the reason, on another platform or when publishing fails.
    private static string? PublishTool(string folder, TextWriter output)
    {
        var project = Path.Combine("src", "Timeline.Cli", "Timeline.Cli.csproj");
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            output.Write("the seed with the ReadyToRun tool: skipped (the packed tool is compiled ahead of time for linux-x64 only)\n");
            return null;
        }

        if (!File.Exists(project))
        {
            output.Write($"the seed with the ReadyToRun tool: skipped ({Path.GetFullPath(project)} not found: run from the repository root)\n");
            return null;
        }

        var publish = new System.Diagnostics.ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(publish);
        if (process is null)
        {
            output.Write("the seed with the ReadyToRun tool: skipped (could not start dotnet publish)\n");
            return null;
        }

        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var command = Path.Combine(folder, "timeline");
        if (process.ExitCode != 0 || !File.Exists(command))
        {
            output.Write($"the seed with the ReadyToRun tool: skipped (dotnet publish exited {process.ExitCode})\n");
            foreach (var line in (log.Result + errors.Result).Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Take(5)) output.Write($"  {line.Trim()}\n");
            return null;
        }

        output.Write($"the seed with the tool as packed for linux-x64: {command} (dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true)\n");
        return command;
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
