using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Tests.Render;

/// <summary>Pages rendered on several threads: the same site, and the same diagnostics in the same order, as on one.</summary>
public sealed class ParallelPagesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void One_thread_or_four_render_the_same_files()
    {
        // Given a timeline of some hundreds of pages (events, actors, articles, periods)
        var data = LargeSample.Create(300);

        // When it is rendered on one thread and on four
        var (oneOk, one) = Render(data, "one", threads: 1, userTemplate: null);
        var (fourOk, four) = Render(data, "four", threads: 4, userTemplate: null);

        // Then both are written, with the same files byte for byte
        Assert.True(oneOk, string.Join("\n", one.ToSortedList()));
        Assert.True(fourOk, string.Join("\n", four.ToSortedList()));
        var files = Files("one");
        Assert.True(files.Count > 200, $"only {files.Count} files");
        var other = Files("four");
        Assert.Equal(files.Keys, other.Keys);
        foreach (var (path, bytes) in files) Assert.True(bytes.SequenceEqual(other[path]), $"{path} differs");
    }

    [Fact]
    public void A_broken_template_is_reported_once_in_page_order_whatever_the_threads()
    {
        // Given an actor template that fails on a name the page does not have, and one that fails on the event pages
        var data = LargeSample.Create(300);
        const string broken = "{{ page.no_such_member }}\n";

        // When the site is rendered on one thread and on four
        var (oneOk, one) = Render(data, "one", threads: 1, userTemplate: broken);
        var (fourOk, four) = Render(data, "four", threads: 4, userTemplate: broken);

        // Then neither is written, and both say the same, once, in the same order
        Assert.False(oneOk);
        Assert.False(fourOk);
        Assert.NotEmpty(one.Since(0));
        Assert.Equal(one.Since(0), four.Since(0));
        Assert.Equal(one.Since(0).Count, one.Since(0).Distinct().Count());
        Assert.False(Directory.Exists(_temp.Combine("four")));
    }

    public void Dispose() => _temp.Dispose();

    private (bool Ok, DiagnosticBag Diagnostics) Render(TimelineData data, string site, int threads, string? userTemplate)
    {
        string? user = null;
        if (userTemplate is not null)
        {
            _temp.Write(Path.Combine("user", "actor.sbn-html"), userTemplate);
            _temp.Write(Path.Combine("user", "event.sbn-html"), "{{ page.other_missing_member }}\n");
            user = _temp.Combine("user");
        }

        var diagnostics = new DiagnosticBag();
        var options = RenderOptions.Default with { TemplatesFolder = user, BuiltInTemplatesFolder = BuiltInTemplates.Locate(), Threads = threads };
        return (new SiteRenderer(options).Render(data, _temp.Combine(site), diagnostics), diagnostics);
    }

    private Dictionary<string, byte[]> Files(string site)
    {
        var root = _temp.Combine(site);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
