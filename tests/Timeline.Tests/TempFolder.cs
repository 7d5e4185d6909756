using System.Text;

namespace Timeline.Tests;

/// <summary>A fresh folder under the system temp directory for one test, deleted when it ends: tests never write into the repo.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The same as <see cref="Path"/>, for tests that read better with it.</summary>
    public string Root => Path;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string File(params string[] parts) => Combine(parts);

    /// <summary>Writes UTF-8 text without a byte order mark (creating folders) and returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
