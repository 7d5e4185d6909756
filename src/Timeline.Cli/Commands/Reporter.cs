using Spectre.Console;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Prints diagnostics and the run's summary, and turns them into an exit code.</summary>
internal static class Reporter
{
    public static int Finish(IAnsiConsole console, DiagnosticBag diagnostics, BuildSummary summary)
    {
        foreach (var d in diagnostics.ToSortedList())
        {
            var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"[{colour}]{Markup.Escape(d.ToString())}[/]");
        }

        console.MarkupLine($"{summary.Articles} article(s), {summary.Events} event(s), {summary.Actors} actor(s)");
        if (summary.Extracted + summary.FromCache > 0)
        {
            console.MarkupLine($"articles: {summary.Extracted} extracted, {summary.FromCache} from the cache");
        }

        if (summary.Merge is { } merge)
        {
            console.MarkupLine($"events: {Describe(merge.Events)}");
            console.MarkupLine($"actors: {Describe(merge.Actors)}");
        }
        if (summary.Site is { } site)
        {
            console.MarkupLine($"Site: {Markup.Escape(Path.Combine(site, "index.html"))}");
        }

        var errors = diagnostics.ToSortedList().Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            console.MarkupLine($"[red]{errors} error(s)[/]");
            return 1;
        }

        return 0;
    }

    private static string Describe(Timeline.Store.MergeCounts c) =>
        $"{c.Added} added, {c.Updated} updated, {c.Unchanged} unchanged, {c.KeptAsEdited} kept as edited by hand, " +
        $"{c.HandAdded} added by hand, {c.DeletedByHand} deleted by hand, {c.Removed} no longer found";

    /// <summary>Runs an extraction with a progress bar on an interactive terminal, silently otherwise.</summary>
    public static BuildSummary WithProgress(IAnsiConsole console, Func<IProgress<ExtractProgress>?, BuildSummary> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return run(null);
        }

        BuildSummary? result = null;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Extracting", maxValue: 1);
            result = run(new Progress<ExtractProgress>(p =>
            {
                task.MaxValue = p.Total;
                // Progress<T> may run these out of order: the bar only moves forward.
                task.Value = Math.Max(task.Value, p.Done);
                task.Description = $"Extracting {Markup.Escape(p.Article)}";
            }));
        });
        return result!;
    }
}
