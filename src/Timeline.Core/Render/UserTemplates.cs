namespace Timeline.Render;

/// <summary>Finds the user's template folder when none is named: <c>templates/</c> beside the input folder.</summary>
public static class UserTemplates
{
    /// <summary>
    /// <c>templates/</c> in the folder that holds <paramref name="inputFolder"/>, unless it is the
    /// built-in theme itself (as in a source checkout, where layering it twice would change nothing).
    /// </summary>
    public static string? Beside(string inputFolder, string? builtIn)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)));
        if (parent is null)
        {
            return null;
        }

        var candidate = Path.Combine(parent, "templates");
        if (!Directory.Exists(candidate))
        {
            return null;
        }

        var same = builtIn is not null && string.Equals(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(builtIn)), candidate, StringComparison.Ordinal);
        return same ? null : candidate;
    }
}
