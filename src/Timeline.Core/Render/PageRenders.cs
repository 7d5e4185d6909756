using System.Text;
using Timeline.Diagnostics;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>
/// Renders a site's pages on up to a given number of threads: the pages are cut into runs in order, each run rendered by
/// a template engine of its own (an engine keeps its parsed templates and what it reported, so it is not shared). The
/// pages come back in their places and the diagnostics in page order, each once: what one thread gives.
/// </summary>
internal static class PageRenders
{
    // Below this a second engine's parsing costs more than the thread gains.
    private const int Fewest = 64;

    /// <summary>Each page's UTF-8 bytes, in the order given; null where a template failed (reported in <paramref name="diagnostics"/>).</summary>
    public static byte[]?[] Render(TemplateLayers layers, SiteView site, IReadOnlyList<PageJob> pages, int threads, DiagnosticBag diagnostics)
    {
        var results = new byte[]?[pages.Count];
        // Two runs per thread: pages differ in size (the front page is the largest), and a thread that is done takes the next run.
        var runs = threads <= 1 || pages.Count < Fewest ? 1 : threads * 2;
        if (runs == 1)
        {
            Run(new TemplateEngine(layers, diagnostics), site, pages, 0, pages.Count, results);
            return results;
        }

        var reports = new DiagnosticBag[runs];
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = threads }, run =>
        {
            var bag = reports[run] = new DiagnosticBag();
            Run(new TemplateEngine(layers, bag), site, pages, (int)((long)pages.Count * run / runs), (int)((long)pages.Count * (run + 1) / runs), results);
        });

        // A run reports a template's error once, as one engine over every page did: the first run that met it says it.
        var said = new HashSet<Diagnostic>();
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Since(0))
            {
                if (said.Add(diagnostic)) diagnostics.Add(diagnostic);
            }
        }

        return results;
    }

    private static void Run(TemplateEngine engine, SiteView site, IReadOnlyList<PageJob> pages, int from, int to, byte[]?[] results)
    {
        for (var i = from; i < to; i++)
        {
            results[i] = SiteRenderer.RenderPage(engine, site, pages[i]) is { } html ? Encoding.UTF8.GetBytes(html) : null;
        }
    }
}
