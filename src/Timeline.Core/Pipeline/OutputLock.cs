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

    private OutputLock(FileStream file)
    {
        _file = file;
    }

    /// <summary>The lock, or null when another run holds it.</summary>
    public static OutputLock? TryAcquire(string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        try
        {
            return new OutputLock(new FileStream(Path.Combine(outputFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
