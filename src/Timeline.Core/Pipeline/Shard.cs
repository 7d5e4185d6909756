using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Timeline.Pipeline;

/// <summary>
/// Share <see cref="Index"/> of <see cref="Count"/> (1-based, as in <c>--shard 2/4</c>) of a run's articles. An article
/// belongs to one share by a hash of its path relative to the input folder, so every machine that sees the same
/// input splits it the same way, whatever order it lists the files in, and the shares come out about equal.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>I/N</c> with 1 &lt;= I &lt;= N; null when <paramref name="text"/> is not that.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !Number(parts[0], out var index) || !Number(parts[1], out var count)) return null;
        return index >= 1 && index <= count ? new Shard(index, count) : null;
    }

    /// <summary>Whether the article read from <paramref name="relativePath"/> (with <c>/</c> separators) is in this share.</summary>
    public bool Contains(string relativePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count) == Index - 1;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static bool Number(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
