using System.Text;
using Timeline.Diagnostics;

namespace Timeline.Ingest;

/// <summary>Reads a file as strict UTF-8 text with <c>\n</c> line endings, or reports why it cannot.</summary>
internal static class SourceFileLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Load(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
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
