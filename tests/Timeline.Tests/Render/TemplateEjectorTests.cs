using Timeline.Diagnostics;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class TemplateEjectorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Eject_copies_every_built_in_file_and_the_copy_renders_the_same_site()
    {
        var builtIn = BuiltInTemplates.Locate()!;
        var target = _temp.Combine("mine");
        var diagnostics = new DiagnosticBag();

        var written = TemplateEjector.Eject(builtIn, target, overwrite: false, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("layout.sbn-html", written);
        Assert.Contains("includes/event.sbn-html", written);
        Assert.Contains("assets/timeline.js", written);
        Assert.Equal(Directory.GetFiles(builtIn, "*", SearchOption.AllDirectories).Length, written.Count);

        var plain = _temp.Combine("plain");
        var layered = _temp.Combine("layered");
        Assert.True(new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = builtIn }).Render(RichSample.Create(), plain, diagnostics));
        Assert.True(new SiteRenderer(RenderOptions.Default with { BuiltInTemplatesFolder = builtIn, TemplatesFolder = target }).Render(RichSample.Create(), layered, diagnostics));
        Assert.Equal(File.ReadAllText(Path.Combine(plain, "index.html")), File.ReadAllText(Path.Combine(layered, "index.html")));
    }

    [Fact]
    public void Eject_keeps_a_file_the_user_already_has_unless_forced()
    {
        var builtIn = BuiltInTemplates.Locate()!;
        var mine = _temp.Write("mine/layout.sbn-html", "my layout");
        var diagnostics = new DiagnosticBag();

        var written = TemplateEjector.Eject(builtIn, _temp.Combine("mine"), overwrite: false, diagnostics);

        Assert.DoesNotContain("layout.sbn-html", written);
        Assert.Equal("my layout", File.ReadAllText(mine));
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("TL0407", Severity.Warning), (warning.Code, warning.Severity));

        TemplateEjector.Eject(builtIn, _temp.Combine("mine"), overwrite: true, new DiagnosticBag());
        Assert.Equal(File.ReadAllText(Path.Combine(builtIn, "layout.sbn-html")), File.ReadAllText(mine));
    }
}
