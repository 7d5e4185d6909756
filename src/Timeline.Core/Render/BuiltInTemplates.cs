namespace Timeline.Render;

/// <summary>Finds the built-in theme folder when the caller did not name one.</summary>
public static class BuiltInTemplates
{
    /// <summary>A file every built-in theme has; it tells the theme from any other folder named <c>templates</c>.</summary>
    public const string MarkerFile = "layout.sbn-html";

    /// <summary>
    /// <c>templates/</c> next to the running assembly (the CLI copies it to its output), else the first
    /// <c>templates/</c> found walking up from the current directory (running from a source checkout).
    /// </summary>
    public static string? Locate()
    {
        var assemblyDir = Path.GetDirectoryName(typeof(BuiltInTemplates).Assembly.Location);
        foreach (var start in new[] { AppContext.BaseDirectory, assemblyDir })
        {
            if (!string.IsNullOrEmpty(start) && IsTheme(Path.Combine(start, "templates")))
            {
                return Path.GetFullPath(Path.Combine(start, "templates"));
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (IsTheme(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsTheme(string folder) => File.Exists(Path.Combine(folder, MarkerFile));
}
