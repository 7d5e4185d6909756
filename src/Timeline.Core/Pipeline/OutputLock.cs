using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>
/// One run at a time per output folder: <c>.timeline.lock</c> held open exclusively (an advisory lock that the
/// system drops when the process dies, so a killed run never leaves the folder locked; the file it leaves is
/// taken over by the next run).
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".timeline.lock";

    private readonly FileStream _file;

    // The folder the lock made, to be removed again when the run wrote nothing into it.
    private readonly string? _created;

    private OutputLock(FileStream file, string? created)
    {
        _file = file;
        _created = created;
    }

    /// <summary>The lock, or null when another run holds it.</summary>
    public static OutputLock? TryAcquire(string outputFolder)
    {
        var created = Directory.Exists(outputFolder) ? null : outputFolder;
        Directory.CreateDirectory(outputFolder);
        try
        {
            return new OutputLock(new FileStream(Path.Combine(outputFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose), created);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The lock, or null with an error (TL0314) when another run holds it.</summary>
    public static OutputLock? Acquire(string outputFolder, DiagnosticBag diagnostics)
    {
        var held = TryAcquire(outputFolder);
        if (held is null)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.Locked, outputFolder, 0, 0,
                "another timeline run is using this output folder; wait for it to finish, then run again"));
        }

        return held;
    }

    public void Dispose()
    {
        _file.Dispose();
        try
        {
            // A run that wrote nothing (no articles, a missing input) leaves no empty output folder behind.
            if (_created is not null && Directory.Exists(_created) && !Directory.EnumerateFileSystemEntries(_created).Any()) Directory.Delete(_created);
        }
        catch (IOException)
        {
            // Another run has started writing there: the folder is theirs now.
        }
    }
}
