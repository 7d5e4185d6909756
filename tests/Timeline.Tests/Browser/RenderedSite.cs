using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;
using Timeline.Tests.Render;

namespace Timeline.Tests.Browser;

/// <summary>The rich sample (or another timeline) rendered into a temp folder, with one page of every type named.</summary>
public sealed class RenderedSite : IDisposable
{
    /// <summary>One page per page type: index, actor, source article, event type, event and 404.</summary>
    public static readonly string[] PageTypes =
    [
        "index.html", "actors/li-shangfu.html", "articles/belarus-visit.html", "types/consult.html", "events/li-shangfu-visit-belarus.html", "404.html",
    ];

    private readonly TempFolder _temp = new();

    public RenderedSite(TimelineData? data = null)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new SiteRenderer(RenderOptions.Default with
        {
            BuiltInTemplatesFolder = BuiltInTemplates.Locate(),
            Settings = new SiteSettings { Title = "Belarus and China", Description = "A test timeline" },
        });
        if (!renderer.Render(data ?? RichSample.Create(), Folder, diagnostics))
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        }
    }

    public string Folder => _temp.Combine("site");

    public string Url(string relative, string? fragment = null) =>
        new Uri(Path.Combine(Folder, relative)).AbsoluteUri + (fragment is null ? "" : "#" + fragment);

    public void Dispose() => _temp.Dispose();
}
