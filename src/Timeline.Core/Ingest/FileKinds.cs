using System.Runtime.InteropServices;

namespace Timeline.Ingest;

/// <summary>
/// Tells a regular file from a pipe, a device or a socket without opening it: opening a pipe waits for a
/// writer, and a device never ends. .NET reports none of these through <see cref="FileAttributes"/> on Linux.
/// </summary>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>False for anything that is not a regular file, links followed; true when the type cannot be known (the read then reports the problem).</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return !File.GetAttributes(path).HasFlag(FileAttributes.Device);
        }

        // struct statx has the same layout on every Linux architecture; stx_mode is a u16 at offset 28.
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx (glibc before 2.28): pipes and devices report no length, and an
            // empty article is of no use either.
            return new FileInfo(path).Length > 0;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularFile;
    }

    [DllImport("libc", EntryPoint = "statx", BestFitMapping = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
