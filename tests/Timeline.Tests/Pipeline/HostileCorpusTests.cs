using System.Diagnostics;
using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// The sample beside every kind of hostile or careless input at once, built by the command line as a user runs
/// it: the run ends, fails, names each bad file, builds the sample and keeps a hand edit. Its time and peak memory
/// are measured by the benchmark <c>hostile</c>.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private const string HandTitle = "Li Shangfu in Minsk (title checked by the desk)";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("in");

    private string Output => _temp.Combine("out");

    [Fact]
    public void The_sample_with_every_hostile_file_fails_names_each_bad_file_builds_the_sample_and_loses_no_hand_edit()
    {
        PipelineCases.CopyFolder(PipelineCases.Seeds(PipelineCases.SeedArticle), Input);
        Assert.Equal(0, RunCli(TimeSpan.FromMinutes(10)).Exit);
        var before = new EventStore(Output).Load(new DiagnosticBag()).Data.Events;
        var edited = before.Single(e => e.Id == "li-shangfu-visit-belarus");
        var file = Directory.GetFiles(Path.Combine(Output, "events"), "*.yaml").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: " + edited.Title + "\n", "title: " + HandTitle + "\n", StringComparison.Ordinal));
        var bad = HostileCorpus.WriteTo(Input);

        // Time and memory are measured by the benchmark ('hostile'); here the limit only tells a hang.
        var (exit, errors) = RunCli(TimeSpan.FromMinutes(10));

        Assert.Equal(1, exit);
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

    // The command line as a separate process, as a user runs it; killed past the limit.
    private (int Exit, string Errors) RunCli(TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "build", Input, "-o", Output, "--threads", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the build was still running after {limit}");
        }

        process.WaitForExit();
        _ = output.Result;
        return (process.ExitCode, errors.Result);
    }
}
