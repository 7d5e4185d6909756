using System.Reflection;
using System.Text;
using Timeline.Diagnostics;

namespace Timeline.Scaffold;

/// <summary>
/// The files of a new timeline repository (<c>timeline init</c>): an example article, the site settings,
/// a .gitignore and a GitHub Pages workflow. Never overwrites a file unless asked: if one exists, nothing is written.
/// </summary>
public static class ProjectScaffold
{
    /// <summary>A file to be written is already there and overwriting was not asked for.</summary>
    public const string FileExists = "TL0901";

    /// <summary>A file could not be written.</summary>
    public const string CannotWrite = "TL0902";

    /// <summary>Stands in the workflow for the GitHub repository holding Timeline's source.</summary>
    public const string SourcePlaceholder = "your-name/timeline";

    /// <summary>Embedded resource, then the '/'-separated path it is written to.</summary>
    public static IReadOnlyList<(string Resource, string Target)> Files { get; } =
    [
        ("example-article.md", "articles/example.md"),
        ("timeline.yaml", "timeline.yaml"),
        ("gitignore", ".gitignore"),
        ("pages.yml", ".github/workflows/pages.yml"),
    ];

    /// <summary>
    /// Writes the files into <paramref name="folder"/> (created if needed) and returns the paths written.
    /// <paramref name="source"/> is the <c>owner/name</c> of Timeline's repository, for the workflow.
    /// </summary>
    public static List<string> Write(string folder, bool force, string source, DiagnosticBag diagnostics)
    {
        var targets = Files.Select(f => (f.Resource, Path: Path.Combine(folder, f.Target.Replace('/', Path.DirectorySeparatorChar)))).ToList();
        if (!force)
        {
            var existing = targets.Where(t => File.Exists(t.Path)).ToList();
            foreach (var (_, path) in existing)
            {
                diagnostics.Add(Diagnostic.Error(FileExists, path, 0, 0, "already exists, so nothing was written (--force overwrites the scaffold's files)"));
            }

            if (existing.Count > 0) return [];
        }

        var written = new List<string>();
        foreach (var (resource, path) in targets)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var text = Read(resource).Replace(SourcePlaceholder, source, StringComparison.Ordinal);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(CannotWrite, path, 0, 0, $"cannot write the file: {e.Message}"));
            }
        }

        return written;
    }

    /// <summary>The text of one scaffold file, with <c>\n</c> line endings.</summary>
    public static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("scaffold/" + resource)
            ?? throw new InvalidOperationException($"scaffold file '{resource}' is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
