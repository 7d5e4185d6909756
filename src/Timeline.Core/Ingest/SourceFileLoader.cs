using System.Text;
using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads a file as strict UTF-8 text with <c>\n</c> line endings, or reports why it cannot.</summary>
internal static class SourceFileLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>At most <paramref name="maxBytes"/> bytes are read, cut on a character boundary, with a warning when there was more.</summary>
    public static string? Load(string path, int maxBytes, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            if (!FileKinds.IsRegularFile(path))
            {
                diagnostics.Add(Diagnostic.Error(IngestCodes.NotRegularFile, path, 0, 0, "not read: a pipe, device or socket, not a regular file"));
                return null;
            }

            bytes = ReadAtMost(path, maxBytes, out var cut);
            if (cut)
            {
                diagnostics.Add(Diagnostic.Warning(IngestCodes.TooLarge, path, 0, 0,
                    $"the article is larger than {Size(maxBytes)}; only its first {Size(maxBytes)} was read"));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.Unreadable, path, 0, 0, $"cannot read file: {ex.Message}"));
            return null;
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        // A NUL never appears in text, and UTF-16 files are full of them.
        if (content.Contains((byte)0) || !TryDecode(content, out var text))
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.NotUtf8, path, 0, 0, "file is not UTF-8 text"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.EmptyFile, path, 0, 0, "file is empty"));
            return null;
        }

        return TextCleanup.NormaliseLineEndings(text);
    }

    private static byte[] ReadAtMost(string path, int maxBytes, out bool cut)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min((long)maxBytes + 1, stream.Length + 1)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        cut = read > maxBytes;
        return buffer[..(cut ? CharacterBoundary(buffer, maxBytes) : read)];
    }

    // The largest length <= end that does not split a UTF-8 sequence.
    private static int CharacterBoundary(byte[] bytes, int end)
    {
        var lead = end - 1;
        while (lead > 0 && end - lead < 4 && (bytes[lead] & 0xC0) == 0x80)
        {
            lead--;
        }

        var length = bytes[lead] switch { >= 0xF0 => 4, >= 0xE0 => 3, >= 0xC0 => 2, _ => 1 };
        return lead + length > end ? lead : end;
    }

    private static string Size(int bytes) =>
        bytes % (1 << 20) == 0 ? $"{bytes >> 20} MB" : bytes % 1024 == 0 ? $"{bytes >> 10} KB" : $"{bytes} bytes";

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
