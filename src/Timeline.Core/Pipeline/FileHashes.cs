using System.Security.Cryptography;
using Timeline.Ingest;

namespace Timeline.Pipeline;

/// <summary>SHA-256 of files by relative path ('/' separated), for telling whether a folder is still as a build left it.</summary>
internal static class FileHashes
{
    /// <summary>Every file under <paramref name="folder"/>, hidden ones too; null when a link or something other than a plain file is inside.</summary>
    public static Dictionary<string, string>? Of(string folder)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = new DirectoryInfo(folder);
        if (!root.Exists) return hashes;
        if (IsLink(root)) return null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in root.EnumerateFileSystemInfos("*", options))
        {
            if (IsLink(entry)) return null;
            if (entry is FileInfo file) hashes[Relative(folder, file.FullName)] = Of((FileInfo)entry);
        }

        return hashes;
    }

    /// <summary>The given files, by path relative to <paramref name="root"/>; a missing file is left out.</summary>
    public static Dictionary<string, string>? Of(string root, IEnumerable<string> files)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = new FileInfo(path);
            if (!file.Exists) continue;
            if (IsLink(file)) return null;
            hashes[Relative(root, file.FullName)] = Of(file);
        }

        return hashes;
    }

    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>True when both hold the same paths with the same hashes.</summary>
    public static bool Same(Dictionary<string, string>? found, Dictionary<string, string> recorded) =>
        found is not null && found.Count == recorded.Count
        && found.All(f => recorded.TryGetValue(f.Key, out var hash) && hash == f.Value);

    private static string Of(FileInfo file)
    {
        // Pipes and devices are not opened: what only looks like a file gets a hash no file has.
        if (!FileKinds.IsRegularFile(file.FullName)) return "not a regular file";
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsLink(FileSystemInfo entry) => entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
}
