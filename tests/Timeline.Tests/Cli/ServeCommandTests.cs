using System.Net;
using System.Text.RegularExpressions;
using Spectre.Console.Testing;
using Timeline.Cli;
using Timeline.Scaffold;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary><c>timeline serve</c> on loopback: the built site is served, and a new article shows up without a restart.</summary>
public sealed partial class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Serve_builds_serves_the_site_on_loopback_and_rebuilds_when_an_article_is_added()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        var console = new TestConsole().Width(200);
        var errors = new StringWriter();
        using var stop = new CancellationTokenSource();
        var app = TimelineApp.Create(console, errors);
        var serving = Task.Run(() => app.RunAsync(["serve", run.Input, "-o", run.Output, "--threads", "1"], stop.Token));
        try
        {
            var address = await Eventually(() => Task.FromResult(Served().Match(Text(console)) is { Success: true } m ? m.Groups[1].Value : null));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

            Assert.Contains("Li Shangfu", await http.GetStringAsync(new Uri(address)), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(address + "no-such-page.html"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(address + "..%2F..%2Fseeds%2F000_63eeceb696f9f150.md"))).StatusCode);

            File.WriteAllText(Path.Combine(run.Input, "festival.md"), ProjectScaffold.Read("example-article.md"));

            await Eventually(async () => (await http.GetStringAsync(new Uri(address))).Contains("Bergen", StringComparison.Ordinal) ? "rebuilt" : null);
            Assert.Contains("Change seen, rebuilding", Text(console), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void Serve_of_a_folder_without_articles_is_an_error_and_serves_nothing()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("articles"));

        var result = CliRunner.Run("serve", temp.Combine("articles"), "-o", temp.Combine("output"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("error TL0108", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", result.Output, StringComparison.Ordinal);
    }

    private static string Text(TestConsole console)
    {
        // Written from the server's threads while the test reads it.
        try
        {
            return console.Output;
        }
        catch (ArgumentOutOfRangeException)
        {
            return "";
        }
    }

    private static async Task<string> Eventually(Func<Task<string?>> probe)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(200);
        }

        throw new TimeoutException($"nothing after {Patience.TotalSeconds} s");
    }

    [GeneratedRegex(@"Serving (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Served();
}
