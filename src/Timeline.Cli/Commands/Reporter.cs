using System.Globalization;
using Spectre.Console;
using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Prints diagnostics (standard error) and the run's summary (standard output), and turns them into an exit code.</summary>
internal static class Reporter
{
    public static int Finish(IAnsiConsole console, ErrorOutput errors, DiagnosticBag diagnostics, BuildSummary summary, string output)
    {
        var errorCount = PrintDiagnostics(errors, diagnostics);
        if (summary.NothingWritten)
        {
            errors.Line($"{errorCount} error(s); nothing was written");
            return 1;
        }

        if (summary.NotRendered)
        {
            errors.Line($"{errorCount} error(s) in the timeline files: the site was not rendered, and nothing was lost " +
                $"(files with errors and the previous site were left as they were); fix them, check with 'timeline validate {output}', then run again");
            return 1;
        }

        console.Profile.Out.Writer.Write(SummaryText(summary));
        if (errorCount > 0)
        {
            errors.Line($"{errorCount} error(s)");
            return 1;
        }

        return 0;
    }

    /// <summary>Each diagnostic on its own line of standard error, as written (no markup, no wrapping); returns the number of errors.</summary>
    public static int PrintDiagnostics(ErrorOutput errors, DiagnosticBag diagnostics)
    {
        var all = diagnostics.ToSortedList();
        foreach (var d in all)
        {
            errors.Line(d.ToString());
        }

        return all.Count(d => d.Severity == Severity.Error);
    }

    private static string SummaryText(BuildSummary summary)
    {
        var text = new System.Text.StringBuilder();
        if (summary.Shard is { } shard)
        {
            text.Append($"shard {shard}: {summary.Articles} of {summary.ShardOf} article(s), in the cache {summary.Cache} (nothing else written; merge with --from-cache)\n");
        }
        else
        {
            text.Append($"{summary.Articles} article(s), {summary.Events} event(s), {summary.Actors} actor(s)\n");
        }

        if (summary.Extracted + summary.FromCache > 0)
        {
            text.Append($"articles: {summary.Extracted} extracted, {summary.FromCache} from the cache\n");
        }

        if (summary.FurnitureLines > 0)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"skipped {summary.FurnitureLines:N0} line(s) of page furniture in {summary.FurnitureArticles:N0} article(s)\n"));
        }

        if (summary.Merge is { } merge)
        {
            text.Append($"events: {Describe(merge.Events)}\n");
            text.Append($"actors: {Describe(merge.Actors)}\n");
        }

        if (summary.KeyDates is { } keyDates)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"key events: {keyDates:N0} {(keyDates == 1 ? "date" : "dates")} in summary.yaml\n"));
        }

        if (summary.SiteRender is { } render)
        {
            text.Append(SiteLine(render));
        }

        if (summary.Site is { } site)
        {
            text.Append($"Site: {Path.Combine(site, "index.html")}\n");
        }

        return text.ToString();
    }

    /// <summary>E.g. <c>site: 1,234 pages in 2.3 s</c>; only on the terminal, never in the site, which must not change from run to run.</summary>
    internal static string SiteLine(Timeline.Render.SiteRenderResult render) => string.Create(CultureInfo.InvariantCulture,
        $"site: {render.Pages:N0} {(render.Pages == 1 ? "page" : "pages")} in {render.Elapsed.TotalSeconds:0.0} s\n");

    private static string Describe(Timeline.Store.MergeCounts c) =>
        $"{c.Added} added, {c.Updated} updated, {c.Unchanged} unchanged, {c.KeptAsEdited} kept as edited by hand, " +
        $"{c.HandAdded} added by hand, {c.DeletedByHand} deleted by hand, {c.Removed} no longer found";

    /// <summary>
    /// Runs an extraction with a live progress line on an interactive terminal (articles done out of all, articles per
    /// second, time taken and left), silently otherwise: redirected output carries the summary alone.
    /// </summary>
    public static BuildSummary WithProgress(IAnsiConsole console, Func<IProgress<ExtractProgress>?, BuildSummary> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return run(null);
        }

        BuildSummary? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ArticleCountColumn(), new ArticleRateColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Extracting", maxValue: 1);
                result = run(new ProgressListener(p =>
                {
                    task.MaxValue = p.Total;
                    // The bar only moves forward, whatever order reports arrive in.
                    task.Value = Math.Max(task.Value, p.Done);
                    // Merging, saving and rendering follow, with no count of their own.
                    if (p.Done == p.Total) task.Description = "Writing the timeline";
                }));
            });
        return result!;
    }

    // Reports on the extracting thread, as they come: the extraction reports under a lock, one at a time.
    private sealed class ProgressListener(Action<ExtractProgress> report) : IProgress<ExtractProgress>
    {
        public void Report(ExtractProgress value) => report(value);
    }
}
