using System.Text;

namespace Timeline.Store;

/// <summary>
/// Writes a set of files so that a failure leaves the previous files intact: every file goes to a
/// temp file beside its target first, and only when all are written are they renamed over the targets.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every file (UTF-8 without BOM, '\n' line endings); throws and writes nothing if a temp write fails.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Content)> files) => WriteAll(files, afterTempWritten: null);

    /// <summary>
    /// As <see cref="WriteAll(IReadOnlyList{ValueTuple{string, string}})"/>; <paramref name="afterTempWritten"/> runs after
    /// each temp file (given how many are written), so tests can stop a write half-way.
    /// </summary>
    internal static void WriteAll(IReadOnlyList<(string Path, string Content)> files, Action<int>? afterTempWritten) =>
        WriteAll(files, afterTempWritten, mayFailAlone: null);

    /// <summary>
    /// As above, except that a file for which <paramref name="mayFailAlone"/> holds is left out when its temp file
    /// cannot be written (a folder in its place, a folder that cannot be made): it keeps its old content, the
    /// others are still written, and its failure is returned. Any other failure still writes nothing.
    /// </summary>
    internal static List<(string Path, Exception Error)> WriteAll(
        IReadOnlyList<(string Path, string Content)> files, Action<int>? afterTempWritten, Func<string, bool>? mayFailAlone)
    {
        var temps = new List<(string Temp, string Target)>(files.Count);
        var failed = new List<(string Path, Exception Error)>();
        var staged = 0;
        try
        {
            foreach (var (path, content) in files)
            {
                var mark = temps.Count;
                try
                {
                    var full = System.IO.Path.GetFullPath(path);
                    if (Directory.Exists(full))
                    {
                        throw new IOException($"Cannot write '{full}': a folder has that name.");
                    }

                    var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
                    Directory.CreateDirectory(folder);
                    var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                    temps.Add((temp, full));
                    File.WriteAllText(temp, content.ReplaceLineEndings("\n"), Utf8NoBom);
                    afterTempWritten?.Invoke(++staged);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException && mayFailAlone?.Invoke(path) == true)
                {
                    DeleteQuietly(temps[mark..]);
                    temps.RemoveRange(mark, temps.Count - mark);
                    failed.Add((path, e));
                }
            }
        }
        catch
        {
            DeleteQuietly(temps);
            throw;
        }

        // Renames are what the file system makes atomic; if one still fails, the rest keep their old content.
        for (var i = 0; i < temps.Count; i++)
        {
            try
            {
                File.Move(temps[i].Temp, temps[i].Target, overwrite: true);
            }
            catch
            {
                DeleteQuietly(temps[i..]);
                throw;
            }
        }

        return failed;
    }

    private static void DeleteQuietly(List<(string Temp, string Target)> temps)
    {
        foreach (var (temp, _) in temps)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: the original error is what matters to the caller.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
