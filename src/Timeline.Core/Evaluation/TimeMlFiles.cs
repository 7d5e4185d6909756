namespace Timeline.Evaluation;

/// <summary>Lists documents under a folder by relative path ('/' separated, ordinal order) so runs are deterministic.</summary>
public static class TimeMlFiles
{
    public static IReadOnlyList<string> Find(string folder, params string[] patterns)
    {
        if (!Directory.Exists(folder)) return [];
        var search = patterns.Length == 0 ? ["*.tml"] : patterns;
        return [.. search
            .SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
