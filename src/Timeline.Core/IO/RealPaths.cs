namespace Timeline.IO;

/// <summary>
/// Paths with every link resolved, to tell whether a file really lies inside a folder: a link (or a linked folder
/// on the way) can make a path that reads as inside point anywhere.
/// </summary>
internal static class RealPaths
{
    /// <summary>The absolute path with each link among its folders and at its end followed.</summary>
    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        var here = parent is null ? full : Path.Combine(Of(parent), Path.GetFileName(full));
        try
        {
            var info = new FileInfo(here);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Of(target.FullName) : here;
        }
        catch (IOException)
        {
            // A loop of links: what it names is not worth following.
            return here;
        }
    }

    /// <summary>Whether <paramref name="path"/>, links followed, lies under <paramref name="realRoot"/> (itself from <see cref="Of"/>).</summary>
    public static bool IsInside(string realRoot, string path) =>
        Of(path).StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
