using Timeline.Diagnostics;
using Timeline.Ingest;
using Timeline.Model;

namespace Timeline.Tests.Ingest;

/// <summary>Reads one file written into a temp folder and keeps the diagnostics for assertions.</summary>
internal static class IngestFixture
{
    public static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) ReadOne(
        string fileName, string content, ArticleReaderOptions? options = null)
    {
        using var folder = new TempFolder();
        var path = folder.Write(fileName, content);
        var diagnostics = new DiagnosticBag();
        var article = new ArticleReader(options ?? ArticleReaderOptions.Default).ReadFile(path, fileName, diagnostics);
        return (article, diagnostics.ToSortedList());
    }
}
