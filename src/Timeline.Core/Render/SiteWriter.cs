using Timeline.Diagnostics;

namespace Timeline.Render;

/// <summary>
/// Puts a fully rendered site on disk all at once: every file goes into a fresh folder beside the
/// target, which then replaces the old site, so a failure leaves the previous site as it was.
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
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
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
