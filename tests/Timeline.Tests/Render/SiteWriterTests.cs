using System.Text;
using Timeline.Diagnostics;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("out", "site");

    [Fact]
    public void A_rebuild_writes_only_the_pages_that_changed_and_removes_those_no_longer_made()
    {
        Assert.True(Write(("index.html", "<p>two events</p>"), ("events/a.html", "a"), ("events/b.html", "b"), ("actors/x.html", "x")));
        var untouched = new FileInfo(Path.Combine(Site, "events", "a.html"));
        var written = untouched.LastWriteTimeUtc;
        File.SetLastWriteTimeUtc(untouched.FullName, written.AddHours(-1));

        Assert.True(Write(("index.html", "<p>one event</p>"), ("events/a.html", "a"), ("types/meet.html", "m")));

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(untouched.FullName));
        Assert.Equal(["events/a.html", "index.html", "types/meet.html"], Files());
        Assert.Equal("<p>one event</p>", File.ReadAllText(Path.Combine(Site, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Site, "actors")));
        Assert.Empty(Directory.EnumerateFiles(_temp.Combine("out"), "*", SearchOption.TopDirectoryOnly));
        Assert.Equal(["site"], Directory.EnumerateDirectories(_temp.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_damaged_or_deleted_page_is_written_again_and_a_stray_file_goes()
    {
        Assert.True(Write(("index.html", "<p>index</p>"), ("events/a.html", "a"), ("events/b.html", "b")));
        File.WriteAllText(Path.Combine(Site, "index.html"), "<p>inde</p>");
        File.Delete(Path.Combine(Site, "events", "b.html"));
        File.WriteAllText(Path.Combine(Site, "events", "stray.html"), "left over");

        Assert.True(Write(("index.html", "<p>index</p>"), ("events/a.html", "a"), ("events/b.html", "b")));

        Assert.Equal(["events/a.html", "events/b.html", "index.html"], Files());
        Assert.Equal("<p>index</p>", File.ReadAllText(Path.Combine(Site, "index.html")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(Site, "events", "b.html")));
    }

    [Fact]
    public void A_file_where_a_folder_of_pages_goes_and_a_folder_where_a_page_goes_are_replaced()
    {
        Assert.True(Write(("events", "a file"), ("index.html", "i"), ("about/index.html", "folder")));

        Assert.True(Write(("events/a.html", "a"), ("index.html", "i"), ("about", "a page")));

        Assert.Equal(["about", "events/a.html", "index.html"], Files());
    }

    [Fact]
    public void A_linked_folder_inside_the_site_is_replaced_and_what_it_points_to_is_left_alone()
    {
        var elsewhere = _temp.Write("elsewhere/a.html", "not the site's");
        Assert.True(Write(("index.html", "i")));
        Directory.CreateSymbolicLink(Path.Combine(Site, "events"), Path.GetDirectoryName(elsewhere)!);

        Assert.True(Write(("index.html", "i"), ("events/a.html", "a")));

        Assert.Equal("not the site's", File.ReadAllText(elsewhere));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Site, "events", "a.html")));
        Assert.Null(new DirectoryInfo(Path.Combine(Site, "events")).LinkTarget);
    }

    private bool Write(params (string Path, string Text)[] files)
    {
        var content = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, text) in files) content[path] = Encoding.UTF8.GetBytes(text);
        var diagnostics = new DiagnosticBag();
        var written = SiteWriter.Write(Site, content, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return written;
    }

    private List<string> Files() =>
        [.. Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
