using System.Text.Json.Serialization.Metadata;
using Timeline.Diagnostics;
using Timeline.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// What one build has parsed of the store, by file and text: reading what steers extraction, the save, the check
/// before rendering and the load for rendering each read the files again, but parse a file only if its text changed.
/// </summary>
public sealed class StoreParses
{
    private readonly Dictionary<(string Path, string Step), Entry> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>What earlier builds parsed (see <see cref="ParseMemo"/>); null to parse every file.</summary>
    internal ParseMemo? Memo { get; set; }

    /// <summary>
    /// The result of <paramref name="parse"/> on this text of this file, its diagnostics replayed into <paramref name="diagnostics"/>.
    /// With <paramref name="persist"/>, a result that gave no diagnostic is also taken from and kept in <see cref="Memo"/>.
    /// </summary>
    internal T Get<T>(string path, string text, string step, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse, JsonTypeInfo<T>? persist = null)
    {
        var key = (Path.GetFullPath(path), step);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var known) && string.Equals(known.Text, text, StringComparison.Ordinal))
            {
                diagnostics.AddRange(known.Diagnostics);
                return (T)known.Value!;
            }
        }

        // Keyed by the text alone: a file's path is only ever part of its diagnostics, and only results without any are
        // kept, so the same text gives the same result in any file, and a moved output folder is still answered.
        var memoKey = Memo is not null && persist is not null ? ParseMemo.Key(step, text) : null;
        if (memoKey is not null && Memo!.TryGet(memoKey, persist!, out var remembered))
        {
            lock (_lock)
            {
                _entries[key] = new Entry(text, remembered, []);
            }

            return remembered;
        }

        var found = new DiagnosticBag();
        var value = parse(found);
        var reported = found.ToSortedList();
        if (memoKey is not null && reported.Count == 0) Memo!.Add(memoKey, value, persist!);
        lock (_lock)
        {
            _entries[key] = new Entry(text, value, reported);
        }

        diagnostics.AddRange(reported);
        return value;
    }

    /// <summary>The node tree of the text (the positions of items, the validator's checks), or the syntax error that stopped it.</summary>
    internal (YamlStream? Stream, YamlException? Error) Tree(string path, string text) =>
        Get<(YamlStream?, YamlException?)>(path, text, "tree", new DiagnosticBag(), _ =>
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
                return (stream, null);
            }
            catch (YamlException e)
            {
                return (null, e);
            }
        });

    private sealed record Entry(string Text, object? Value, IReadOnlyList<Diagnostic> Diagnostics);
}
