using System.Diagnostics;
using System.Text;
using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// The sample beside every kind of hostile or careless input at once, built by the command line as a user runs
/// it: the run ends in bounded time and memory, fails, names each bad file, builds the sample and keeps a hand edit.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private const string HandTitle = "Li Shangfu in Minsk (title checked by the desk)";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("in");

    private string Output => _temp.Combine("out");

    [Fact]
    public void The_sample_with_every_hostile_file_builds_in_bounded_time_and_memory_and_loses_no_hand_edit()
    {
        PipelineCases.CopyFolder(PipelineCases.Seeds(PipelineCases.SeedArticle), Input);
        Assert.Equal(0, RunCli(TimeSpan.FromMinutes(2)).Exit);
        var before = new EventStore(Output).Load(new DiagnosticBag()).Data.Events;
        var edited = before.Single(e => e.Id == "li-shangfu-visit-belarus");
        var file = Directory.GetFiles(Path.Combine(Output, "events"), "*.yaml").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: " + edited.Title + "\n", "title: " + HandTitle + "\n", StringComparison.Ordinal));
        var bad = WriteHostileFiles();

        var clock = Stopwatch.StartNew();
        var (exit, errors, peak) = RunCli(TimeSpan.FromMinutes(2));
        clock.Stop();

        Assert.Equal(1, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
        Assert.True(peak < 1L << 30, $"peak memory {peak / (1 << 20)} MB");
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(Input, StringComparison.Ordinal)).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
        foreach (var name in bad)
        {
            var about = lines.Where(l => l.StartsWith(Path.Combine(Input, name) + ":", StringComparison.Ordinal) || l.StartsWith(Path.Combine(Input, name) + "(", StringComparison.Ordinal)).ToList();
            Assert.True(about.Count >= 1, $"{name} is not named:\n{errors}");
            Assert.True(about.Count(l => l.Contains(": error ", StringComparison.Ordinal)) <= 1, $"{name} has more than one error:\n{string.Join('\n', about)}");
        }

        Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        var after = new EventStore(Output).Load(new DiagnosticBag()).Data.Events;
        Assert.Equal(HandTitle, after.Single(e => e.Id == edited.Id).Title);
        Assert.All(before, e => Assert.Contains(after, a => a.Id == e.Id));
        Assert.True(File.Exists(Path.Combine(Output, "site", "index.html")));
    }

    // Every row of the robustness issue that is an input file; returns the names that must get a diagnostic.
    private List<string> WriteHostileFiles()
    {
        var random = new Random(15);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(Input, name), text, new UTF8Encoding(false));
        void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(Input, name), bytes);
        var stopless = string.Join(' ', Enumerable.Range(0, 16000).Select(_ => new[] { "the", "minister", "said", "on", "Monday", "talks", "in", "March", "2023", "met" }[random.Next(10)]));

        Write("huge.txt", "Huge\n\n" + string.Concat(Enumerable.Repeat("The minister met officials in Minsk on Monday. ", 450_000)));
        Write("stopless.txt", "Stopless\n\n" + stopless);
        Write("deep-markdown.md", "---\ntitle: Deep\ndate: 2023-08-18\n---\n" + string.Concat(Enumerable.Repeat("> ", 5000)) + "text\n" + new string('*', 5000) + "x\n");
        Write("deep-front-matter.md", "---\ntitle: " + new string('[', 100_000) + "\n---\nBody.\n");
        Write("alias-bomb.md", "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n? *c\n: x\ntitle: Bomb\n---\nBody.\n");
        Write("dom.html", "<html><head><title>Dom</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Li Shangfu arrived in Minsk on Monday." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        Write("far-future.md", "---\ntitle: Far\ndate: 9999-12-31\n---\nLi Shangfu arrived in Minsk on Monday.\n");
        Write("ancient.md", "---\ntitle: Old\ndate: 0001-01-01\n---\nLi Shangfu arrived in Minsk yesterday.\n");
        Write(new string('a', 246) + ".md", "---\ntitle: Long name\ndate: 2023-08-18\n---\nLi Shangfu arrived in Minsk on Monday.\n");
        Write("control.md", "---\ntitle: \"Con\\x01trol \\x1b[31m\"\ndate: 2023-08-18\n---\nLi Shangfu\u0001 arrived in Minsk\u001b on Monday.\uFFFE\n");
        Write("xss.md", "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2023-08-18\nurl: \"javascript:alert(1)\"\n---\n<img src=x onerror=alert(1)> Li Shangfu arrived in Minsk on Monday.\n");
        Write("bad-date.md", "---\ntitle: Bad date\ndate: 2023-02-30\n---\nBody.\n");
        Write("unclosed.md", "---\ntitle: [Unclosed\ndate: 2023-08-18\nBody without the end of its front matter.\n");
        Write("empty.md", "");
        WriteBytes("binary.txt", [.. Enumerable.Range(0, 5000).Select(_ => (byte)random.Next(256))]);
        WriteBytes("invalid-utf8.txt", [.. "Title\n\nLi Shangfu "u8, 0xFF, 0xFE, .. " arrived in Minsk on Monday.\n"u8]);
        WriteBytes("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\n\nLi Shangfu arrived in Minsk on Monday.\n")).ToArray());
        File.CreateSymbolicLink(Path.Combine(Input, "zero.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(Input, "passwd.txt"), "/etc/passwd");
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(Input, "fifo.md")]))
        {
            mkfifo.WaitForExit();
        }

        return
        [
            "huge.txt", "deep-markdown.md", "deep-front-matter.md", "alias-bomb.md", "dom.html", "far-future.md", "ancient.md",
            "bad-date.md", "unclosed.md", "empty.md", "binary.txt", "invalid-utf8.txt", "utf16.txt", "zero.md", "passwd.txt", "fifo.md",
        ];
    }

    // The installed command line as a separate process, its peak memory read while it runs; killed past the limit.
    private (int Exit, string Errors, long Peak) RunCli(TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "build", Input, "-o", Output, "--threads", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // It has just exited.
            }

            if (clock.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the build was still running after {limit}");
            }
        }

        process.WaitForExit();
        _ = output.Result;
        return (process.ExitCode, errors.Result, peak);
    }
}
