using System.Diagnostics;
using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>A save stopped half-way (an error, a crash, a killed process) leaves the previous YAML intact.</summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    private sealed class SimulatedCrash : Exception;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_crash_after_some_temp_files_are_written_leaves_every_old_file_and_no_temp_file(int after)
    {
        var data = Samples.Data([Samples.Event("a"), Samples.Event("b", article: "other")], articles: [Samples.Article(), Samples.Article("other")]);
        new EventStore(_out.Path).Save(data, new DiagnosticBag());
        var before = Snapshot();
        var changed = Samples.Data([Samples.Event("a") with { Title = "New" }, Samples.Event("b", article: "other") with { Title = "New" }],
            [Samples.Actor("li-shangfu", "Li Shangfu") with { Role = "New" }], [Samples.Article(), Samples.Article("other")]);
        var store = new EventStore(_out.Path) { AfterTempWritten = n => { if (n == after) throw new SimulatedCrash(); } };

        Assert.Throws<SimulatedCrash>(() => store.Save(changed, new DiagnosticBag()));

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_disk_error_half_way_is_reported_and_changes_no_file()
    {
        new EventStore(_out.Path).Save(Samples.Data([Samples.Event("a")]), new DiagnosticBag());
        var before = Snapshot();
        var store = new EventStore(_out.Path) { AfterTempWritten = n => { if (n == 1) throw new IOException("No space left on device"); } };
        var diagnostics = new DiagnosticBag();

        store.Save(Samples.Data([Samples.Event("a") with { Title = "New" }], [Samples.Actor("x", "X")]), diagnostics);

        Assert.Equal(before, Snapshot());
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "TL0312" && d.Message.Contains("No space left", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cli_process_killed_at_any_moment_of_a_large_save_leaves_each_file_old_or_new_never_partial()
    {
        var seeds = _out.File("seeds");
        Directory.CreateDirectory(seeds);
        for (var i = 0; i < 40; i++)
        {
            File.WriteAllText(Path.Combine(seeds, $"a{i:00}.md"), $"---\ntitle: Article {i}\ndate: 2023-08-18\n---\nBelarus hosted talks with China in Minsk on Wednesday. Li Shangfu met Alexander Lukashenko on Thursday.\n");
        }

        var output = _out.File("output");
        Assert.Equal(0, RunCli(seeds, output, killAfter: null));
        var old = Snapshot(output);
        foreach (var file in Directory.GetFiles(seeds))
        {
            File.AppendAllText(file, "China announced joint drills with Belarus for next year.\n");
        }

        var fresh = _out.File("fresh");
        PipelineCopy(output, fresh);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, RunCli(seeds, fresh, killAfter: null));
        var full = (int)clock.ElapsedMilliseconds;
        var @new = Snapshot(fresh);
        Assert.NotEqual(old, @new);

        // Kill at points spread over a whole run, the last ones close to its end where the files are written.
        foreach (var delay in new[] { 0.5, 0.8, 0.9, 0.95, 0.98, 1.0 }.Select(f => (int)(full * f)))
        {
            var copy = _out.File($"killed-{delay}");
            PipelineCopy(output, copy);
            RunCli(seeds, copy, killAfter: delay);
            foreach (var (name, text) in Snapshot(copy))
            {
                Assert.True(old.GetValueOrDefault(name) == text || @new.GetValueOrDefault(name) == text, $"{name} is neither the old nor the new file after a kill at {delay} ms");
            }
        }
    }

    private static int RunCli(string seeds, string output, int? killAfter)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "timeline.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "extract", seeds, "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    private static void PipelineCopy(string from, string to) => Pipeline.PipelineCases.CopyFolder(from, to);

    private SortedDictionary<string, string> Snapshot() => Snapshot(_out.Path);

    /// <summary>Every YAML file under a folder by relative path (temp files and the run lock left by a kill are not store files).</summary>
    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal) && Path.GetFileName(f) != Timeline.Pipeline.OutputLock.FileName))
        {
            files[Path.GetRelativePath(folder, file)] = File.ReadAllText(file);
        }

        return files;
    }
}
