using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline extract</c>: articles to YAML, keeping hand edits.</summary>
[Description("Extract events and actors into output/events/*.yaml and output/actors.yaml (hand edits are kept)")]
public sealed class ExtractCommand(IAnsiConsole console, ErrorOutput errors) : Command<ShardSettings>
{
    public override int Execute(CommandContext context, ShardSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var builder = new TimelineBuilder(settings.ToOptions());
        var summary = Reporter.WithProgress(console, p => builder.Extract(diagnostics, p));
        return Reporter.Finish(console, errors, diagnostics, summary, settings.Output);
    }
}
