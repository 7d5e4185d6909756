using System.Diagnostics;
using System.Globalization;
using Timeline.Tests.Pipeline;

namespace Timeline.Benchmarks;

/// <summary>
/// The sample (seeds/) beside every hostile input of the robustness issue, built once from cold by the command line
/// in a process of its own: wall time, peak memory (its high-water mark) and the diagnostics by severity. The issue asks for
/// under 2 minutes and under 1 GB on 2 cores.
/// </summary>
internal static class HostileBenchmark
{
    public static int Run(string seeds, TextWriter output)
    {
        if (!Directory.Exists(seeds))
        {
            Console.Error.WriteLine($"{seeds}: error: no such folder (run from the repository root, or give the seeds folder)");
            return 1;
        }

        var root = Path.Combine(Path.GetTempPath(), "timeline-hostile-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(root, "in");
            Directory.CreateDirectory(input);
            foreach (var file in Directory.GetFiles(seeds))
            {
                File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
            }

            var bad = HostileCorpus.WriteTo(input);
            var (exit, errors, seconds, peak) = Build(input, Path.Combine(root, "out"));
            var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var named = bad.Count(name => lines.Any(l => l.StartsWith(Path.Combine(input, name), StringComparison.Ordinal)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hostile: {Directory.GetFileSystemEntries(input).Length} inputs ({bad.Count} bad, {named} of them named), exit {exit}, " +
                $"{lines.Count(l => l.Contains(": error TL", StringComparison.Ordinal))} errors, {lines.Count(l => l.Contains(": warning TL", StringComparison.Ordinal))} warnings; " +
                $"{seconds:0.0} s wall, peak memory {peak / (1024.0 * 1024):0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // 'timeline build' as a user runs it, in a process of its own: its memory high-water mark is read while it runs.
    private static (int Exit, string Errors, double Seconds, long Peak) Build(string input, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "build", input, "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // It has just ended.
            }
        }

        process.WaitForExit();
        clock.Stop();
        _ = stdout.Result;
        return (process.ExitCode, stderr.Result, clock.Elapsed.TotalSeconds, peak);
    }
}
