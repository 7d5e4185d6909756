using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>Renders a timeline into a temp folder with the built-in theme and an optional user layer.</summary>
public sealed class SiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public string Site => _temp.Combine("site");

    public string UserTemplates => _temp.Combine("user-templates");

    public DiagnosticBag Diagnostics { get; private set; } = new();

    public string WriteUserTemplate(string relative, string text) => _temp.Write(Path.Combine("user-templates", relative), text);

    public bool Render(TimelineData data, bool withUserLayer = false, string? site = null, SiteSettings? settings = null)
    {
        Diagnostics = new DiagnosticBag();
        var options = RenderOptions.Default with
        {
            TemplatesFolder = withUserLayer ? UserTemplates : null,
            BuiltInTemplatesFolder = BuiltInTemplates.Locate(),
            Settings = settings ?? SiteSettings.Default,
        };
        return new SiteRenderer(options).Render(data, site ?? Site, Diagnostics);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    public string Errors() => string.Join("\n", Diagnostics.ToSortedList());

    public void Dispose() => _temp.Dispose();
}
