using Timeline.Diagnostics;

namespace Timeline.Cli.Commands;

/// <summary>An evaluation's error listing, written to the file that <c>--errors</c> names.</summary>
internal static class ErrorListing
{
    /// <summary>Writes <paramref name="listing"/> to <paramref name="path"/>; false, with a diagnostic on standard error, when it cannot.</summary>
    public static bool WriteFile(string path, string listing, string code, TextWriter output, ErrorOutput stderr)
    {
        try
        {
            File.WriteAllText(path, listing);
            output.Write($"error listing written to {path}\n");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Line(Diagnostic.Error(code, path, 0, 0, $"cannot write the error listing: {e.Message}").ToString());
            return false;
        }
    }
}
