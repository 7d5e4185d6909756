namespace Timeline.Render;

/// <summary>
/// Template folders searched front to back, file by file: the same relative path in a higher layer
/// wins. Paths that leave a layer's root are refused.
/// </summary>
internal sealed class TemplateLayers
{
    private readonly List<string> _roots;

    public TemplateLayers(IEnumerable<string> roots)
    {
        _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];
    }

    public IReadOnlyList<string> Roots => _roots;

    /// <summary>
    /// The full path of the highest-layer file at <paramref name="relativePath"/>, or null when no layer has it.
    /// Returns false when the path is absolute or climbs out of the layer root.
    /// </summary>
    public bool TryResolve(string relativePath, out string? fullPath)
    {
        fullPath = null;
        if (!IsContained(relativePath))
        {
            return false;
        }

        foreach (var root in _roots)
        {
            var candidate = Path.GetFullPath(Path.Combine(root, relativePath));
            if (!candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            if (File.Exists(candidate))
            {
                fullPath = candidate;
                return true;
            }
        }

        return true;
    }

    /// <summary>Every file under <paramref name="folder"/> in any layer, by '/'-separated relative path, highest layer winning.</summary>
    public SortedDictionary<string, string> ListFiles(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                files.TryAdd(relative, file);
            }
        }

        return files;
    }

    private static bool IsContained(string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var segments = relativePath.Split('/', '\\');
        return !segments.Any(s => s == "..");
    }
}
