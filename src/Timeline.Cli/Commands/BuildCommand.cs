using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline build</c>: extract the articles into YAML, then render the site.</summary>
[Description("Extract events and actors from the articles into YAML, then render the site")]
public sealed class BuildCommand(IAnsiConsole console, ErrorOutput errors) : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var builder = new TimelineBuilder(settings.ToOptions());
        var summary = Reporter.WithProgress(console, p => builder.Build(diagnostics, p));
        return Reporter.Finish(console, errors, diagnostics, summary, settings.Output);
    }
}
