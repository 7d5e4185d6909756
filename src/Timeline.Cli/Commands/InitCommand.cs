using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Scaffold;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline init [dir]</c>: a new timeline repository with an example article and a Pages workflow.</summary>
[Description("Set up a folder for your timeline: articles/ with an example, timeline.yaml, .gitignore and a GitHub Pages workflow")]
public sealed class InitCommand(IAnsiConsole console, ErrorOutput errors) : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var written = ProjectScaffold.Write(settings.Folder, settings.Force, settings.Source, diagnostics);
        if (Reporter.PrintDiagnostics(errors, diagnostics) > 0)
        {
            return 1;
        }

        var output = console.Profile.Out.Writer;
        foreach (var path in written)
        {
            output.Write($"created {path}\n");
        }

        var folder = settings.Folder == "." ? "" : $"cd {settings.Folder} && ";
        output.Write($"Next: {folder}timeline build articles -o output, then open output/site/index.html\n");
        output.Write("Publish: push to GitHub, then Settings -> Pages -> Source: GitHub Actions\n");
        if (settings.Source == ProjectScaffold.SourcePlaceholder)
        {
            output.Write($"Before publishing, replace '{ProjectScaffold.SourcePlaceholder}' in .github/workflows/pages.yml with the repository " +
                "holding Timeline's source (or run init again with --source OWNER/NAME --force)\n");
        }

        return 0;
    }
}
