using System.Diagnostics;
using System.Text;
using Scriban.Runtime;
using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render.Exports;

namespace Timeline.Render;

/// <summary>Renders <see cref="TimelineData"/> into a static HTML site through layered Scriban templates.</summary>
public sealed class SiteRenderer
{
    public const string LayoutTemplate = "layout.sbn-html";
    public const string MissingTheme = "TL0403";
    public const string TemplateRefused = "TL0408";

    private static readonly HashSet<string> TextAssets = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".svg", ".txt", ".html", ".json" };

    private readonly RenderOptions _options;

    public SiteRenderer(RenderOptions options)
    {
        _options = options;
    }

    /// <summary>
    /// Renders into <paramref name="siteFolder"/>: index.html, 404.html, actors/, articles/, types/ and
    /// events/ pages, on a long timeline periods/ pages with actors.html and sources.html, the template layers' assets/, the exports (timeline.json, timeline.ics, feed.xml,
    /// events.csv, events.json), sitemap.xml when the base URL is known, and .nojekyll. Everything is rendered in
    /// memory first and swapped in at once; on any error nothing is written and false is returned.
    /// </summary>
    public bool Render(TimelineData data, string siteFolder, DiagnosticBag diagnostics) => RenderSite(data, siteFolder, diagnostics).Written;

    /// <summary>As <see cref="Render"/>, and says how many pages and files were made and how long it took.</summary>
    public SiteRenderResult RenderSite(TimelineData data, string siteFolder, DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var written = Render(data, siteFolder, diagnostics, out var pages, out var files);
        return new SiteRenderResult { Written = written, Pages = pages, Files = files, Elapsed = clock.Elapsed };
    }

    private bool Render(TimelineData data, string siteFolder, DiagnosticBag diagnostics, out int pageCount, out int fileCount)
    {
        pageCount = 0;
        fileCount = 0;
        var layers = Layers(siteFolder, diagnostics);
        if (layers is null)
        {
            return false;
        }

        var modelClock = StageClock.Start("site: model");
        var (site, pages) = SiteModelBuilder.Build(data, _options.Settings, _options.EffectiveTitle, siteFolder, diagnostics);
        modelClock.Dispose();
        var pagesClock = StageClock.Start("site: pages");
        var rendered = PageRenders.Render(layers, site, pages, _options.Threads, diagnostics);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < pages.Count; i++)
        {
            ok &= rendered[i] is not null;
            if (rendered[i] is { } html)
            {
                files[pages[i].Page.Path] = html;
            }
        }

        if (!ok)
        {
            return false;
        }

        pagesClock.Dispose();
        var exportsClock = StageClock.Start("site: exports");
        SiteExports.AddTo(files, data, _options.Settings, _options.EffectiveTitle, pages.Select(p => p.Page.Path));
        var assets = layers.ListFiles("assets");
        foreach (var refused in layers.Refused)
        {
            diagnostics.Add(Diagnostic.Warning(TemplateRefused, refused, 0, 0,
                "not published: a link leaving the template folder, a linked folder, or not a regular file"));
        }

        foreach (var (relative, path) in assets)
        {
            var bytes = File.ReadAllBytes(path);
            files[relative] = TextAssets.Contains(Path.GetExtension(path))
                ? Encoding.UTF8.GetBytes(TemplateText.Normalize(Encoding.UTF8.GetString(bytes)))
                : bytes;
        }

        exportsClock.Dispose();
        using var writeClock = StageClock.Start("site: write");
        pageCount = pages.Count;
        fileCount = files.Count;
        return SiteWriter.Write(siteFolder, files, diagnostics);
    }

    /// <summary>One page through its template and the layout; null when a template failed (reported).</summary>
    internal static string? RenderPage(TemplateEngine engine, Views.SiteView site, PageJob job)
    {
        var globals = new ScriptObject();
        globals.SetValue("site", site, true);
        globals.SetValue("page", job.Page, true);
        globals.SetValue("root", job.Page.Root, true);
        globals.SetValue("years", job.Years, true);
        globals.SetValue("uncertain_count", job.UncertainCount, true);
        globals.SetValue("filters", job.Filters, true);
        globals.SetValue("key_dates", job.KeyDates, true);
        if (job.Period is not null)
        {
            globals.SetValue("period", job.Period, true);
        }

        if (job.Actor is not null)
        {
            globals.SetValue("actor", job.Actor, true);
        }

        if (job.Article is not null)
        {
            globals.SetValue("article", job.Article, true);
        }

        if (job.Event is not null)
        {
            globals.SetValue("event", job.Event, true);
        }

        if (job.Type is not null)
        {
            globals.SetValue("type", job.Type, true);
        }

        var content = engine.Render(job.Template, globals);
        if (content is null)
        {
            return null;
        }

        globals.SetValue("content", content, true);
        return engine.Render(LayoutTemplate, globals);
    }

    private TemplateLayers? Layers(string siteFolder, DiagnosticBag diagnostics)
    {
        var builtIn = _options.BuiltInTemplatesFolder ?? BuiltInTemplates.Locate();
        if (builtIn is null || !Directory.Exists(builtIn))
        {
            diagnostics.Add(Diagnostic.Error(MissingTheme, builtIn ?? siteFolder, 0, 0,
                "the built-in templates folder was not found (looked next to the program and above the current directory)"));
            return null;
        }

        var roots = new List<string>();
        if (_options.TemplatesFolder is { } user)
        {
            if (!Directory.Exists(user))
            {
                diagnostics.Add(Diagnostic.Error(MissingTheme, user, 0, 0, "the templates folder does not exist"));
                return null;
            }

            roots.Add(user);
        }

        roots.Add(builtIn);
        return new TemplateLayers(roots);
    }
}
