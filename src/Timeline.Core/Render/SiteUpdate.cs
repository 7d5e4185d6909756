namespace Timeline.Render;

/// <summary>
/// What turns an existing site folder into a newly rendered one: the files whose bytes differ, and the files and
/// folders no longer made. Only a plain folder tree is updated in place; anything else (a link, a folder where a page
/// goes) gets a whole new folder instead, so no write can follow a link out of the site.
/// </summary>
internal sealed class SiteUpdate
{
    private readonly string _target;
    private readonly List<(string Path, byte[] Bytes)> _changed = [];
    private readonly List<string> _stale = [];
    private readonly List<string> _emptied = [];

    private SiteUpdate(string target)
    {
        _target = target;
    }

    /// <summary>The update of <paramref name="target"/> to <paramref name="files"/>, or null when a new folder must replace it.</summary>
    public static SiteUpdate? Plan(string target, SortedDictionary<string, byte[]> files)
    {
        if (!Directory.Exists(target) || IsLink(new DirectoryInfo(target)))
        {
            return null;
        }

        var update = new SiteUpdate(target);
        var oldFiles = new HashSet<string>(StringComparer.Ordinal);
        var root = new DirectoryInfo(target);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in root.EnumerateFileSystemInfos("*", options))
        {
            if (IsLink(entry))
            {
                return null;
            }

            var relative = Path.GetRelativePath(target, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (entry is DirectoryInfo)
            {
                if (files.ContainsKey(relative)) return null; // A folder where a page goes.
                update._emptied.Add(entry.FullName);
            }
            else
            {
                oldFiles.Add(relative);
                if (!files.ContainsKey(relative)) update._stale.Add(entry.FullName);
            }
        }

        foreach (var (relative, bytes) in files)
        {
            if (HasFileAbove(relative, oldFiles)) return null; // A file where a folder of pages goes.
            var path = Path.Combine(target, relative.Replace('/', Path.DirectorySeparatorChar));
            if (!oldFiles.Contains(relative) || !SameBytes(path, bytes))
            {
                update._changed.Add((path, bytes));
            }
        }

        // Folders deepest first, so a folder is empty by the time it is looked at.
        update._emptied.Sort((a, b) => string.CompareOrdinal(b, a));
        return update;
    }

    /// <summary>Writes every changed file to a temp file, renames them all into place, then removes what is no longer made.</summary>
    public void Apply()
    {
        var temps = new List<(string Temp, string Target)>(_changed.Count);
        try
        {
            foreach (var (path, bytes) in _changed)
            {
                var folder = Path.GetDirectoryName(path)!;
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temps.Add((temp, path));
                File.WriteAllBytes(temp, bytes);
            }
        }
        catch
        {
            foreach (var (temp, _) in temps) TryDelete(temp);
            throw;
        }

        foreach (var (temp, path) in temps) File.Move(temp, path, overwrite: true);
        foreach (var path in _stale) File.Delete(path);
        foreach (var folder in _emptied.Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
        {
            if (folder != _target) Directory.Delete(folder);
        }
    }

    private static bool IsLink(FileSystemInfo entry) =>
        entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || (entry is FileInfo && entry.Attributes.HasFlag(FileAttributes.Device));

    // An empty file is always written again: nothing is read from what only looks empty (a pipe, say).
    private static bool SameBytes(string path, byte[] bytes) =>
        bytes.Length > 0 && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static bool HasFileAbove(string relative, HashSet<string> files)
    {
        for (var slash = relative.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (files.Contains(relative[..slash])) return true;
        }

        return false;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is what is reported; a leftover temp file goes with the next update.
        }
    }
}
