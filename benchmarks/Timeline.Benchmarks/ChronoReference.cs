using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Benchmarks;

/// <summary>
/// chrono-node (JavaScript) parsing the same articles, on one core: the reference throughput for time tagging. The
/// script and its package.json are copied beside the benchmark; chrono-node is installed there from npm on first use.
/// Without node the line is skipped, and says so.
/// </summary>
internal static class ChronoReference
{
    public static void Run(string articles, TextWriter output)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "chrono");
        var version = Tool("node", ["--version"], folder);
        if (version is null)
        {
            output.Write("chrono-node reference: skipped, node is not on the PATH\n");
            return;
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules", "chrono-node"))
            && Tool("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], folder) is null)
        {
            output.Write($"chrono-node reference: skipped, 'npm install' in {folder} failed (no npm, or no registry)\n");
            return;
        }

        var json = Tool("node", ["parse.mjs", articles], folder);
        if (json is null)
        {
            output.Write("chrono-node reference: skipped, the script failed\n");
            return;
        }

        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        var bytes = root.GetProperty("bytes").GetInt64();
        var seconds = root.GetProperty("seconds").GetDouble();
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"chrono-node reference (node {version.Trim()}, one core, the same {root.GetProperty("files").GetInt32()} articles without front matter): " +
            $"{bytes / 1e6:0.00} MB in {seconds:0.00} s = {bytes / 1024.0 / seconds:0} KB/s, {root.GetProperty("found").GetInt32()} dates found\n"));
    }

    // Standard output of a tool that succeeded, or null.
    private static string? Tool(string name, string[] args, string folder)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(name, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var errors = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? text : null;
        }
        catch (Win32Exception)
        {
            return null; // not installed
        }
    }
}
