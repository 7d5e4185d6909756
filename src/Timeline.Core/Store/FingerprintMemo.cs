using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Model;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>
/// The fingerprints of events and actors from earlier builds, keyed by a hash of the record's JSON (every property,
/// made much faster than the YAML a fingerprint hashes): a rebuild where one article changed meets the same thousands of
/// records again, and serialising each to YAML was a tenth of its time. The file names the build of the code that wrote
/// it and ends with a checksum: from other code, or damaged, it is ignored whole, never trusted.
/// </summary>
public static class FingerprintMemo
{
    private const string Header = "timeline-fingerprints";

    private static readonly string Build = string.Join(' ', typeof(FingerprintMemo).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ISerializer).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    // What this process looked up or added: all a later build can need, so the file does not grow with every build.
    private static readonly ConcurrentDictionary<string, string> Used = new(StringComparer.Ordinal);

    /// <summary>Adds what <paramref name="path"/> remembers, when it was written by this build of the code and is whole.</summary>
    public static void Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var end = text.LastIndexOf("end ", StringComparison.Ordinal);
        if (end < 0 || text[(end + 4)..].TrimEnd('\n') != Checksum(text[..end])) return;
        var lines = text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != $"{Header} {Build}") return;
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ');
            if (parts.Length != 2) return;
            Known.TryAdd(parts[0], parts[1]);
        }
    }

    /// <summary>Writes what this process used to <paramref name="path"/>, sorted, atomically.</summary>
    public static void Save(string path)
    {
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Header} {Build}\n");
        // A snapshot first: sorting the dictionary itself copies it by its count, which another build in this process may change
        // meanwhile (tests build in parallel), and the copy then throws.
        foreach (var (key, fingerprint) in Used.ToArray().OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            body.Append(CultureInfo.InvariantCulture, $"{key} {fingerprint}\n");
        }

        var text = body.ToString();
        try
        {
            AtomicFile.WriteAll([(path, $"{text}end {Checksum(text)}\n")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build hashes the records' YAML again.
        }
    }

    /// <summary>The fingerprint of an event or actor, from the memo or from <paramref name="compute"/>; other records are computed.</summary>
    internal static string Of(object record, Func<object, string> compute)
    {
        var json = record switch
        {
            TimelineEvent e => "event " + JsonSerializer.Serialize(e, FingerprintJson.Default.TimelineEvent),
            Actor a => "actor " + JsonSerializer.Serialize(a, FingerprintJson.Default.Actor),
            _ => null,
        };
        if (json is null) return compute(record);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var fingerprint = Known.GetOrAdd(key, _ => compute(record));
        Used.TryAdd(key, fingerprint);
        return fingerprint;
    }

    private static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
