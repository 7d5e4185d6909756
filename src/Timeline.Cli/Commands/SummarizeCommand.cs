using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline summarize</c>: writes the key events of the input's articles to summary.yaml (hand edits kept) and prints them.</summary>
[Description("Pick the key dates of the articles, each with its most representative sentences; write them to summary.yaml (hand edits kept) and print them")]
public sealed class SummarizeCommand(IAnsiConsole console, ErrorOutput errors) : Command<SummarizeSettings>
{
    public override int Execute(CommandContext context, SummarizeSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var summary = KeyEventsRun.SummarizeAndSave(settings.ToOptions(), settings.ToSummaryOptions(), diagnostics);
        Reporter.PrintDiagnostics(errors, diagnostics);
        if (summary is null) return 1;

        // Plain text, not markup: article sentences may hold square brackets.
        var output = console.Profile.Out.Writer;
        foreach (var date in summary.Dates)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{date.Date:yyyy-MM-dd}  salience {date.Salience:0.###}, {date.Articles} articles\n"));
            foreach (var entry in date.Entries)
            {
                output.Write($"  - {entry.Text} [{entry.Article}]\n");
            }
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
