using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Lists the article files under a folder in a stable order, skipping hidden entries.</summary>
internal static class FolderScanner
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm" };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Relative paths with '/' separators, sorted ordinally so every machine reads in the same order.</summary>
    public static List<string> Scan(string folder, DiagnosticBag diagnostics)
    {
        var found = new List<string>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.Unreadable, folder, 0, 0, "cannot read folder: it does not exist"));
            return found;
        }

        Walk(folder, "", found, diagnostics);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(string directory, string prefix, List<string> found, DiagnosticBag diagnostics)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.Unreadable, directory, 0, 0, $"cannot read folder: {ex.Message}"));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo)
            {
                // A linked folder could loop back on itself; articles live in real folders.
                if (entry.LinkTarget is null)
                {
                    Walk(entry.FullName, relative + "/", found, diagnostics);
                }
            }
            else if (IsSupported(entry.Name))
            {
                found.Add(relative);
            }
        }
    }
}
