using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Render;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline templates eject [dir]</c>: copies the built-in theme out to be edited and used with <c>--templates</c>.</summary>
[Description("Copy the built-in templates into a folder (default: templates) to edit them")]
public sealed class TemplatesEjectCommand(IAnsiConsole console, ErrorOutput errors) : Command<TemplatesEjectSettings>
{
    public override int Execute(CommandContext context, TemplatesEjectSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var builtIn = BuiltInTemplates.Locate();
        var written = builtIn is null
            ? []
            : TemplateEjector.Eject(builtIn, settings.Folder, settings.Force, diagnostics);
        if (builtIn is null)
        {
            diagnostics.Add(Diagnostic.Error(SiteRenderer.MissingTheme, settings.Folder, 0, 0, "the built-in templates folder was not found"));
        }

        Reporter.PrintDiagnostics(errors, diagnostics);

        console.MarkupLine($"{written.Count} template file(s) copied to {Markup.Escape(settings.Folder)}");
        if (written.Count > 0)
        {
            console.MarkupLine($"Edit them, then: timeline build --templates {Markup.Escape(settings.Folder)}");
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
