using Timeline.Diagnostics;

namespace Timeline.Render;

/// <summary>
/// Copies the built-in theme into a folder for editing. Files already there are kept (reported as
/// warnings) unless overwriting is asked for, so an eject never loses a user's edits.
/// </summary>
public static class TemplateEjector
{
    public const string Code = "TL0407";

    /// <summary>The '/'-separated relative paths written, in order; existing files are skipped unless <paramref name="overwrite"/>.</summary>
    public static List<string> Eject(string builtInFolder, string targetFolder, bool overwrite, DiagnosticBag diagnostics)
    {
        var written = new List<string>();
        if (!File.Exists(Path.Combine(builtInFolder, BuiltInTemplates.MarkerFile)))
        {
            diagnostics.Add(Diagnostic.Error(SiteRenderer.MissingTheme, builtInFolder, 0, 0, "the built-in templates folder was not found"));
            return written;
        }

        var files = Directory.EnumerateFiles(builtInFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(builtInFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var target = Path.Combine(targetFolder, relative);
            if (File.Exists(target) && !overwrite)
            {
                diagnostics.Add(Diagnostic.Warning(Code, target, 0, 0, "already exists and was kept (use --force to overwrite it)"));
                continue;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, TemplateText.Read(Path.Combine(builtInFolder, relative)));
                written.Add(relative);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(Code, target, 0, 0, $"cannot write the template: {e.Message}"));
            }
        }

        return written;
    }
}
