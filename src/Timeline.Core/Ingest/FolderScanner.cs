using Timeline.Diagnostics;
using Timeline.IO;

namespace Timeline.Ingest;

/// <summary>
/// Lists the article files under a folder in a stable order, skipping hidden entries, anything that is not a
/// regular file, links that leave the folder (unless asked to follow them) and the output folder.
/// </summary>
internal static class FolderScanner
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm" };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Relative paths with '/' separators, sorted ordinally so every machine reads in the same order.</summary>
    public static List<string> Scan(string folder, ArticleReaderOptions options, DiagnosticBag diagnostics)
    {
        var found = new List<string>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.Unreadable, folder, 0, 0, "cannot read folder: it does not exist"));
            return found;
        }

        var scan = new ScanState(RealPaths.Of(folder), options.SkipFolder is { } skip ? Full(skip) : null, options.FollowLinks, found, diagnostics);
        Walk(folder, "", scan);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(string directory, string prefix, ScanState scan)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            scan.Diagnostics.Add(Diagnostic.Error(IngestCodes.Unreadable, directory, 0, 0, $"cannot read folder: {ex.Message}"));
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
                if (scan.Skip is not null && string.Equals(Full(entry.FullName), scan.Skip, StringComparison.Ordinal))
                {
                    scan.Diagnostics.Add(Diagnostic.Warning(IngestCodes.OutputInsideInput, entry.FullName, 0, 0,
                        "the output folder lies inside the input folder; it is not read as articles"));
                }
                else if (entry.LinkTarget is null)
                {
                    // A linked folder could loop back on itself; articles live in real folders.
                    Walk(entry.FullName, relative + "/", scan);
                }
            }
            else if (IsSupported(entry.Name) && IsArticleFile(entry, scan))
            {
                scan.Found.Add(relative);
            }
        }
    }

    private static bool IsArticleFile(FileSystemInfo entry, ScanState scan)
    {
        if (entry.LinkTarget is not null && !scan.FollowLinks)
        {
            var target = Target(entry);
            if (target is not null && !target.StartsWith(scan.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                scan.Diagnostics.Add(Diagnostic.Warning(IngestCodes.LinkLeavesInput, entry.FullName, 0, 0,
                    $"not read: a link to '{target}', outside the input folder (use --follow-links to read it)"));
                return false;
            }
        }

        if (!FileKinds.IsRegularFile(entry.FullName))
        {
            scan.Diagnostics.Add(Diagnostic.Warning(IngestCodes.NotRegularFile, entry.FullName, 0, 0,
                "not read: a pipe, device or socket, not a regular file"));
            return false;
        }

        return true;
    }

    // Null for a broken link or a loop: reading it reports the problem.
    private static string? Target(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPaths.Of(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private sealed record ScanState(string Root, string? Skip, bool FollowLinks, List<string> Found, DiagnosticBag Diagnostics);
}
