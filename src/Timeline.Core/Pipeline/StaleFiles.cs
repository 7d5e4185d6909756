using System.Text.RegularExpressions;

namespace Timeline.Pipeline;

/// <summary>
/// Removes what killed runs leave behind: the temporary files of atomic writes and the site's staging and
/// retired folders. Only names Timeline itself makes (a 32-digit hex run id) are touched, and only while the
/// output lock is held, so no running build loses a file it is writing.
/// </summary>
internal static partial class StaleFiles
{
    public static int Remove(IEnumerable<string> folders)
    {
        var removed = 0;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp").Where(f => TempFile().IsMatch(Path.GetFileName(f))))
            {
                removed += Try(() => File.Delete(file));
            }

            foreach (var staging in Directory.EnumerateDirectories(folder, ".*").Where(d => StagingFolder().IsMatch(Path.GetFileName(d))))
            {
                removed += Try(() => Directory.Delete(staging, recursive: true));
            }
        }

        return removed;
    }

    private static int Try(Action delete)
    {
        try
        {
            delete();
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run; it harms nothing where it is.
            return 0;
        }
    }

    // AtomicFile and ExtractionCache: .<name>.<guid>.tmp
    [GeneratedRegex("^\\..+\\.[0-9a-f]{32}\\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TempFile();

    // SiteWriter: .<site>.new-<guid> and .<site>.old-<guid>
    [GeneratedRegex("^\\..+\\.(?:new|old)-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex StagingFolder();
}
