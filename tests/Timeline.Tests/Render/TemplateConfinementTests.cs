using System.Diagnostics;
using Timeline.Diagnostics;

namespace Timeline.Tests.Render;

/// <summary>A template folder publishes only what is in it, and a template cannot hang the render or fill the memory.</summary>
public sealed class TemplateConfinementTests : IDisposable
{
    private readonly SiteFixture _site = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    private IEnumerable<string> SiteTexts() =>
        Directory.Exists(_site.Site) ? Directory.EnumerateFiles(_site.Site, "*", SearchOption.AllDirectories).Select(File.ReadAllText) : [];

    [Fact]
    public void An_include_through_a_link_leaving_the_template_folder_is_refused()
    {
        var secret = _outside.Write("passwd.txt", "root:x:0:0:root:/root:/bin/bash\n");
        _site.WriteUserTemplate("index.sbn-html", "{{ include 'includes/passwd.txt' }}\n");
        Directory.CreateDirectory(Path.Combine(_site.UserTemplates, "includes"));
        File.CreateSymbolicLink(Path.Combine(_site.UserTemplates, "includes", "passwd.txt"), secret);

        Assert.False(_site.Render(RenderSamples.Small(), withUserLayer: true));

        Assert.Contains(_site.Diagnostics.ToSortedList(), d => d.Code == "TL0402");
        Assert.DoesNotContain(SiteTexts(), t => t.Contains("root:x", StringComparison.Ordinal));
    }

    [Fact]
    public void Assets_linked_out_of_the_template_folder_are_not_published()
    {
        _outside.Write("ssl/private/key.pem", "-----BEGIN PRIVATE KEY-----\n");
        var key = _outside.Write("key.pem", "-----BEGIN PRIVATE KEY-----\n");
        var inside = _site.WriteUserTemplate("shared/ok.txt", "fine\n");
        Directory.CreateDirectory(Path.Combine(_site.UserTemplates, "assets"));
        Directory.CreateSymbolicLink(Path.Combine(_site.UserTemplates, "assets", "ssl"), _outside.Combine("ssl"));
        File.CreateSymbolicLink(Path.Combine(_site.UserTemplates, "assets", "key.pem"), key);
        File.CreateSymbolicLink(Path.Combine(_site.UserTemplates, "assets", "ok.txt"), inside);
        File.CreateSymbolicLink(Path.Combine(_site.UserTemplates, "assets", "zero.txt"), "/dev/zero");

        Assert.True(_site.Render(RenderSamples.Small(), withUserLayer: true), string.Join("\n", _site.Diagnostics.ToSortedList()));

        Assert.DoesNotContain(SiteTexts(), t => t.Contains("PRIVATE KEY", StringComparison.Ordinal));
        Assert.Equal("fine\n", File.ReadAllText(Path.Combine(_site.Site, "assets", "ok.txt")));
        Assert.Equal(3, _site.Diagnostics.ToSortedList().Count(d => d.Code == "TL0408" && d.Severity == Severity.Warning));
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..1000000000 }}x{{ end }}")]
    [InlineData("{{ for i in 1..2000 }}{{ for j in 1..1000 }}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{ end }}{{ end }}")]
    [InlineData("{{ 'x' * 1000000000 }}")]
    public async Task A_runaway_template_stops_with_a_located_error(string template)
    {
        _site.WriteUserTemplate("index.sbn-html", template + "\n");
        var watch = Stopwatch.StartNew();

        // WaitAsync throws when the render does not stop in time.
        var rendered = await Task.Run(() => _site.Render(RenderSamples.Small(), withUserLayer: true)).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.False(rendered);
        var error = Assert.Single(_site.Diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal("TL0401", error.Code);
        Assert.EndsWith("index.sbn-html", error.Path, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90));
    }
}
