namespace Timeline.Tests.Pipeline;

/// <summary>Where the pipeline golden cases are: copied beside the test assembly, and in the source tree for UPDATE_GOLDEN.</summary>
public static class PipelineCases
{
    public const string SeedArticle = "seed-article";

    /// <summary>The copy of <c>cases/pipeline</c> the build puts beside the test assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "cases", "pipeline");

    public static string Seeds(string name) => Path.Combine(Folder, name, "seeds");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The case's expected folder in the source tree: the one UPDATE_GOLDEN rewrites.</summary>
    public static string SourceExpected(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Timeline.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}: cannot find the source tree to update.");
        }

        return Path.Combine(folder.FullName, "tests", "Timeline.Tests", "cases", "pipeline", name, "expected");
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file under <paramref name="folder"/> by its relative path with '/' separators, in ordinal order.</summary>
    /// <summary>What a build wrote into <paramref name="output"/>: every file but the extraction cache's.</summary>
    public static SortedDictionary<string, byte[]> ReadProducts(string output)
    {
        var tree = ReadTree(output);
        foreach (var key in tree.Keys.Where(k => k.StartsWith(".cache/", StringComparison.Ordinal)).ToList()) tree.Remove(key);
        return tree;
    }

    public static SortedDictionary<string, byte[]> ReadTree(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }
}
