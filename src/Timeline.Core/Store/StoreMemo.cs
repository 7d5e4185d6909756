using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>
/// What reading and checking store files gave in earlier builds, for the texts that gave no diagnostic at all: the typed
/// record, the items' positions, the validator's outline, as JSON keyed by the step and a hash of the file's text.
/// A rebuild where one article changed meets the same two thousand files again, and parsing their YAML (three times: the
/// guard, the node tree and the typed read) was a fifth of its time. Only a text whose hash is remembered is answered; a
/// hand edit changes the text, so the file is parsed again. The file names the build of the code that wrote it and ends
/// with a checksum: from other code, or damaged, it is ignored whole, never trusted.
/// </summary>
internal sealed class StoreMemo
{
    private const string Header = "timeline-store-memo";

    private static readonly string Build = string.Join(' ', typeof(StoreMemo).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ISerializer).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    // What this build looked up or added: all a later build can need, so the file does not grow with every build.
    private readonly ConcurrentDictionary<string, string> _used = new(StringComparer.Ordinal);

    /// <summary>The memo <paramref name="path"/> holds, when this build of the code wrote it and it is whole; else an empty one.</summary>
    public static StoreMemo Load(string path)
    {
        var memo = new StoreMemo();
        string text;
        try
        {
            if (!File.Exists(path)) return memo;
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return memo;
        }

        var end = text.LastIndexOf("\nend ", StringComparison.Ordinal);
        if (end < 0 || text[(end + 5)..].TrimEnd('\n') != Checksum(text[..(end + 1)])) return memo;
        var lines = text[..end].Split('\n');
        if (lines[0] != $"{Header} {Build}") return memo;
        var entries = new List<(string, string)>(lines.Length);
        foreach (var line in lines.Skip(1))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) return memo; // Not what Save writes: nothing in it is believed.
            entries.Add((line[..tab], line[(tab + 1)..]));
        }

        foreach (var (key, json) in entries) memo._known.TryAdd(key, json);
        return memo;
    }

    /// <summary>Writes what this build used to <paramref name="path"/>, sorted, atomically; a failure costs the next build time only.</summary>
    public void Save(string path)
    {
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Header} {Build}\n");
        foreach (var (key, json) in _used.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            body.Append(key).Append('\t').Append(json).Append('\n');
        }

        var text = body.ToString();
        try
        {
            AtomicFile.WriteAll([(path, $"{text}end {Checksum(text)}\n")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build parses the files again.
        }
    }

    /// <summary>
    /// The key of <paramref name="step"/> on this text. A file's path is only ever part of its diagnostics, and only results
    /// without any are kept: the same text gives the same result in any file, and a moved output folder is still answered.
    /// </summary>
    public static string Key(string step, string text) => $"{step.Replace(' ', '-')}:{Checksum(text)}";

    /// <summary>The remembered value, when there is one that reads back whole.</summary>
    public bool TryGet<T>(string key, JsonTypeInfo<T> info, out T value)
    {
        value = default!;
        if (!_known.TryGetValue(key, out var json)) return false;
        try
        {
            value = JsonSerializer.Deserialize(json, info)!;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return false;
        }

        _used.TryAdd(key, json);
        return true;
    }

    /// <summary>Remembers a value that gave no diagnostic, when its JSON reads back as the same JSON (else it is parsed again next time).</summary>
    public void Add<T>(string key, T value, JsonTypeInfo<T> info)
    {
        try
        {
            var json = JsonSerializer.Serialize(value, info);
            if (json.Contains('\n', StringComparison.Ordinal) || JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info)!, info) != json) return;
            _known[key] = json;
            _used[key] = json;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // A value JSON cannot carry (text that is not valid UTF-16, say) is simply parsed again.
        }
    }

    private static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
