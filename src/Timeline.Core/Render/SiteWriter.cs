using Timeline.Diagnostics;

namespace Timeline.Render;

/// <summary>
/// Puts a fully rendered site on disk. A new site goes into a fresh folder beside the target, which then takes its
/// place. An existing site is updated as the store is written: the files whose bytes changed go to temp files beside
/// them, and only when all are written are they renamed over the old ones and the files no longer made are removed;
/// so a rebuild that changes one page writes one page, and a failed write leaves every page whole.
/// </summary>
internal static class SiteWriter
{
    public const string Code = "TL0404";

    public static bool Write(string siteFolder, SortedDictionary<string, byte[]> files, DiagnosticBag diagnostics)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder));
        var parent = Path.GetDirectoryName(target) ?? target;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            if (SiteUpdate.Plan(target, files) is { } update)
            {
                update.Apply();
                return true;
            }

            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            foreach (var (relative, bytes) in files)
            {
                WriteFile(Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar)), bytes);
            }

            Swap(staging, target, retired);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(Code, target, 0, 0, $"cannot write the site: {e.Message}"));
            TryDelete(staging);
            return false;
        }
    }

    private static void WriteFile(string path, byte[] bytes)
    {
        // The staging folder is new and private to this run: each file can be written in place.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void Swap(string staging, string target, string retired)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the previous site back before reporting the failure.
            Directory.Move(retired, target);
            throw;
        }

        TryDelete(retired);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless; the site itself is complete.
        }
    }
}
