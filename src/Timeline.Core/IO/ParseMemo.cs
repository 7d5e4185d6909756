using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Timeline.Store;
using YamlDotNet.Serialization;

namespace Timeline.IO;

/// <summary>
/// What parsing files gave in earlier builds, as JSON keyed by a hash of the step and of everything the result depends on
/// (the text above all): the store's YAML (<c>store.memo</c>: the typed read, the items' positions, the validator's
/// outline, for texts that gave no diagnostic) and the articles (<c>articles.memo</c>). A rebuild where one article changed
/// meets the same thousands of files again, and parsing them was a good third of its time. Only a remembered hash is
/// answered: an edit changes the text, so the file is parsed again. The file names the build of the code that wrote it
/// and ends with a checksum: from other code, or damaged, it is ignored whole, never trusted.
/// </summary>
internal sealed class ParseMemo
{
    private const string Header = "timeline-parse-memo";

    private static readonly string Build = string.Join(' ', typeof(ParseMemo).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ISerializer).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    // What this build looked up or added: all a later build can need, so the file does not grow with every build.
    private readonly ConcurrentDictionary<string, string> _used = new(StringComparer.Ordinal);

    private int _loaded;
    private volatile bool _added;

    /// <summary>The memo <paramref name="path"/> holds, when this build of the code wrote it and it is whole; else an empty one.</summary>
    public static ParseMemo Load(string path)
    {
        var memo = new ParseMemo();
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
        memo._loaded = memo._known.Count;
        return memo;
    }

    /// <summary>Writes what this build used to <paramref name="path"/>, sorted, atomically; a failure costs the next build time only.</summary>
    public void Save(string path)
    {
        // Nothing added and all of it used: the file already says this.
        if (!_added && _used.Count == _loaded) return;
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Header} {Build}\n");
        // A snapshot first, as FingerprintMemo does: a copy by the dictionary's count throws when a reader adds meanwhile.
        foreach (var (key, json) in _used.ToArray().OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            body.Append(key).Append('\t').Append(json).Append('\n');
        }

        var text = body.ToString();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            AtomicFile.WriteAll([(path, $"{text}end {Checksum(text)}\n")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build parses the files again.
        }
    }

    /// <summary>The key of <paramref name="step"/> on <paramref name="input"/>, all that its result depends on.</summary>
    public static string Key(string step, string input) => $"{step.Replace(' ', '-')}:{Checksum(input)}";

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
            _added = true;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // A value JSON cannot carry (text that is not valid UTF-16, say) is simply parsed again.
        }
    }

    private static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
