using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;
using Timeline.Serve;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline serve</c>: build, serve the site on 127.0.0.1, and build again when an input changes.</summary>
[Description("Build, serve output/site on 127.0.0.1 and rebuild when the articles, the YAML, timeline.yaml or the templates change")]
public sealed class ServeCommand(IAnsiConsole console, ErrorOutput errors) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        var builder = new TimelineBuilder(options);
        var output = console.Profile.Out.Writer;
        var first = Build(builder, options.Output);
        if (first.NothingWritten || !Directory.Exists(options.SiteFolder))
        {
            return 1;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            using var server = new SiteServer(options.SiteFolder, settings.Port);
            output.Write($"Serving {server.Address} (Ctrl+C to stop); rebuilding when the articles, the YAML, timeline.yaml or the templates change\n");
            output.Flush();
            using var watcher = new RebuildWatcher(options, () =>
            {
                output.Write("Change seen, rebuilding\n");
                Build(builder, options.Output);
                output.Flush();
            });
            stop.Token.WaitHandle.WaitOne();
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }

        return 0;
    }

    private BuildSummary Build(TimelineBuilder builder, string outputFolder)
    {
        var diagnostics = new DiagnosticBag();
        var summary = builder.Build(diagnostics);
        Reporter.Finish(console, errors, diagnostics, summary, outputFolder);
        return summary;
    }
}
