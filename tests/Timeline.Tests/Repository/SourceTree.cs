namespace Timeline.Tests.Repository;

/// <summary>The repository checkout the tests were built from (the folder holding Timeline.sln).</summary>
public static class SourceTree
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => System.IO.File.ReadAllText(File(parts)).ReplaceLineEndings("\n");
}
