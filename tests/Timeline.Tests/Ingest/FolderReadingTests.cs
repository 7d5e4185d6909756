using Timeline.Diagnostics;
using Timeline.Ingest;

namespace Timeline.Tests.Ingest;

public sealed class FolderReadingTests
{
    private static string Md(string title) => $"---\ntitle: {title}\ndate: 2023-08-18\n---\nBody of {title}.\n";

    [Fact]
    public void Reads_supported_files_recursively_in_ordinal_path_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.md", Md("B"));
        folder.Write("a/z.txt", "Z\n\nBody.\n");
        folder.Write("A.markdown", Md("Upper A"));
        folder.Write("a/c.html", "<html><head><title>C</title><meta name=\"date\" content=\"2023-08-18\"></head><body><p>Body.</p></body></html>");
        folder.Write("notes.pdf", "ignored");
        folder.Write(".hidden.md", Md("Hidden"));
        folder.Write(".git/x.md", Md("Hidden folder"));
        var diagnostics = new DiagnosticBag();

        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(folder.Root, diagnostics);

        Assert.Equal(["Upper A", "C", "Z", "B"], articles.Select(a => a.Title));
        Assert.Equal(Path.Combine(folder.Root, "a", "c.html"), articles[1].Path);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Goes_on_with_the_batch_after_a_bad_file()
    {
        using var folder = new TempFolder();
        folder.Write("1.md", Md("One"));
        folder.Write("2.md", "---\ntitle: [broken\n---\n");
        folder.Write("3.md", "");
        folder.Write("4.md", Md("Four"));
        var diagnostics = new DiagnosticBag();

        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(folder.Root, diagnostics);

        Assert.Equal(["One", "Four"], articles.Select(a => a.Title));
        Assert.Equal(["TL0101", "TL0103"], diagnostics.ToSortedList().Select(d => d.Code));
    }

    [Fact]
    public void Makes_ids_unique_in_path_order()
    {
        using var folder = new TempFolder();
        folder.Write("x/Report.md", Md("Second"));
        folder.Write("report.txt", "Third\n\nBody.\n");
        folder.Write("a/report.html", "<html><head><title>First</title></head><body><p>Body.</p></body></html>");
        folder.Write("report-2.md", Md("Fourth"));

        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(folder.Root, new DiagnosticBag());

        Assert.Equal(
            ["First:report", "Fourth:report-2", "Third:report-3", "Second:report-4"],
            articles.Select(a => $"{a.Title}:{a.Id}"));
    }

    [Fact]
    public void Reads_the_same_folder_identically_twice()
    {
        using var folder = new TempFolder();
        for (var i = 9; i >= 0; i--)
        {
            folder.Write($"d{i % 3}/f{i}.md", Md($"T{i}"));
        }

        var reader = new ArticleReader(ArticleReaderOptions.Default);
        var first = reader.ReadFolder(folder.Root, new DiagnosticBag());
        var second = reader.ReadFolder(folder.Root, new DiagnosticBag());

        Assert.Equal(first.Select(a => a.Path), second.Select(a => a.Path));
        Assert.Equal(["T0", "T3", "T6", "T9", "T1", "T4", "T7", "T2", "T5", "T8"], first.Select(a => a.Title));
    }

    [Fact]
    public void Reports_a_missing_folder()
    {
        var diagnostics = new DiagnosticBag();

        var articles = new ArticleReader(ArticleReaderOptions.Default)
            .ReadFolder(Path.Combine(Path.GetTempPath(), "timeline-no-such-" + Guid.NewGuid().ToString("N")), diagnostics);

        Assert.Empty(articles);
        Assert.Equal("TL0106", Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
