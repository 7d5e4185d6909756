using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Benchmarks;

/// <summary>One run of the built <c>timeline</c> command as a child process: wall time from start to exit, peak memory, output.</summary>
internal sealed record ChildRun(int Exit, TimeSpan Wall, long PeakBytes, string Output, string Errors)
{
    /// <summary>The <c>timeline</c> apphost built beside this benchmark (the project references the command).</summary>
    public static string Command => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "timeline.exe" : "timeline");

    public static ChildRun Start(params string[] args) => StartCommand(Command, args);

    /// <summary>One run of <paramref name="command"/> (another build of <c>timeline</c>) with <paramref name="args"/>.</summary>
    public static ChildRun StartCommand(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // The peak working set is a high-water mark the system keeps while the process lives: read it until the end.
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakOf(process));
        }

        clock.Stop();
        return new ChildRun(process.ExitCode, clock.Elapsed, peak, output.Result, errors.Result);
    }

    /// <summary>The number just before <paramref name="label"/> in the command's summary ("12 extracted"), or -1.</summary>
    public int Count(string label)
    {
        var match = Regex.Match(Output, $@"(\d+) {Regex.Escape(label)}");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    private static long PeakOf(Process process)
    {
        try
        {
            // Linux: VmHWM, the peak resident set, in kB; elsewhere what .NET reports.
            var status = $"/proc/{process.Id}/status";
            if (File.Exists(status))
            {
                var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null) return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }

            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or FormatException)
        {
            return 0; // the process has just exited
        }
    }
}
