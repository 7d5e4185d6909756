using Timeline.Ingest;
using Timeline.IO;

namespace Timeline.Render;

/// <summary>
/// Template folders searched front to back, file by file: the same relative path in a higher layer
/// wins. Paths that leave a layer's root are refused, through a link too: a template folder must not
/// publish /etc/passwd or a private key because someone linked it in.
/// </summary>
internal sealed class TemplateLayers
{
    private readonly List<string> _roots;
    private readonly List<string> _realRoots;

    public TemplateLayers(IEnumerable<string> roots)
    {
        _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];
        _realRoots = [.. _roots.Select(RealPaths.Of)];
    }

    public IReadOnlyList<string> Roots => _roots;

    /// <summary>Files <see cref="ListFiles"/> left out: links leaving their layer, linked folders, pipes and devices.</summary>
    public List<string> Refused { get; } = [];

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

        for (var i = 0; i < _roots.Count; i++)
        {
            var root = _roots[i];
            var candidate = Path.GetFullPath(Path.Combine(root, relativePath));
            if (!candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            if (File.Exists(candidate))
            {
                if (!RealPaths.IsInside(_realRoots[i], candidate) || !FileKinds.IsRegularFile(candidate))
                {
                    return false;
                }

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
        for (var i = 0; i < _roots.Count; i++)
        {
            var dir = Path.Combine(_roots[i], folder);
            if (Directory.Exists(dir) && RealPaths.IsInside(_realRoots[i], dir))
            {
                Walk(_roots[i], _realRoots[i], dir, files);
            }
        }

        return files;
    }

    // Linked folders are never entered (they could loop or lead anywhere); a linked file counts when it stays in its layer.
    private void Walk(string root, string realRoot, string directory, SortedDictionary<string, string> files)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo && entry.LinkTarget is null)
            {
                Walk(root, realRoot, entry.FullName, files);
            }
            else if (entry is DirectoryInfo || (entry.LinkTarget is not null && !RealPaths.IsInside(realRoot, entry.FullName)) || !FileKinds.IsRegularFile(entry.FullName))
            {
                Refused.Add(entry.FullName);
            }
            else
            {
                files.TryAdd(Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/'), entry.FullName);
            }
        }
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
