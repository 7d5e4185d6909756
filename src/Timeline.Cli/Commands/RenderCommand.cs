using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline render</c>: the YAML in the output folder to the static site.</summary>
[Description("Render output/events/*.yaml and output/actors.yaml to the static site in output/site/")]
public sealed class RenderCommand(IAnsiConsole console, ErrorOutput errors) : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(settings.ToOptions()).Render(diagnostics);
        return Reporter.Finish(console, errors, diagnostics, summary, settings.Output);
    }
}
