using Timeline.Diagnostics;
using Timeline.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// <c>summary.yaml</c> under an output folder: the key events, hand-editable like the events files. Saving merges
/// a fresh proposal into it without losing a hand edit (see <see cref="SummaryMerger"/>); a file with an error
/// is reported and left exactly as it is.
/// </summary>
public sealed class SummaryStore(string outputFolder)
{
    public const string FileName = "summary.yaml";

    private const string Comment = "# Timeline key events: the dates that matter most. Edit freely: hand edits are kept on re-runs. Format: docs/yaml-format.md\n";

    public string Path { get; } = System.IO.Path.Combine(outputFolder, FileName);

    /// <summary>The stored key events; null when there is no summary.yaml or it has errors (reported).</summary>
    public KeyTimeline? Load(DiagnosticBag diagnostics) =>
        File.Exists(Path) && Read(diagnostics) is { File: { } file } ? ToModel(file) : null;

    /// <summary>
    /// Merges <paramref name="proposed"/> into summary.yaml, writes it when that changes it, and returns what is now
    /// stored. When the file has errors it is left as it is and nothing is stored (an empty timeline is returned).
    /// </summary>
    public KeyTimeline Save(KeyTimeline proposed, DiagnosticBag diagnostics)
    {
        SummaryFile? original = null;
        IReadOnlyDictionary<string, (int Line, int Column)> positions = new Dictionary<string, (int, int)>();
        if (File.Exists(Path))
        {
            if (Read(diagnostics) is not { File: { } file } read)
            {
                return new KeyTimeline();
            }

            (original, positions) = (file, read.Positions);
        }

        var merged = new SummaryMerger(Path, positions).Merge(original, Printable(proposed), diagnostics);
        var empty = merged.Dates.Count == 0 && merged.DroppedDates.Count == 0 && merged.DroppedEntries.Count == 0;
        if ((original is null && empty) || (original is not null && Serialize(original) == Serialize(merged)))
        {
            return ToModel(original ?? merged);
        }

        var schema = System.IO.Path.Combine(outputFolder, StoreSchemas.Folder, StoreSchemas.SummaryFile);
        List<(string Path, string Content)> writes = [(Path, Text(merged))];
        if (!File.Exists(schema) || File.ReadAllText(schema) != StoreSchemas.Summary)
        {
            writes.Add((schema, StoreSchemas.Summary));
        }

        return EventStore.TryWrite(writes, null, diagnostics) is null ? ToModel(original ?? new SummaryFile()) : ToModel(merged);
    }

    /// <summary>The text of summary.yaml for <paramref name="file"/>: a header, then the YAML, byte-identical for the same data.</summary>
    internal static string Text(SummaryFile file) => $"{StoreSchemas.SummaryHeader}{Comment}{Serialize(file)}";

    internal static KeyTimeline ToModel(SummaryFile file) => new()
    {
        Dates = [.. file.Dates.OrderBy(d => d.Date).Select(d => new KeyDate
        {
            Date = d.Date,
            Salience = d.Salience,
            Articles = d.Articles,
            Pinned = d.Pinned,
            Entries = [.. d.Entries.Select(e => e.ToModel())],
        })],
    };

    // A sentence with a control character (a stray ESC in an article) would make the file unreadable.
    private static KeyTimeline Printable(KeyTimeline proposed) => new()
    {
        Dates = [.. proposed.Dates.Select(d => d with
        {
            Entries = [.. d.Entries.Select(e => e with
            {
                Text = YamlGuard.Printable(e.Text),
                Article = e.Article is null ? null : YamlGuard.Printable(e.Article),
                Event = e.Event is null ? null : YamlGuard.Printable(e.Event),
                Actors = [.. e.Actors.Select(YamlGuard.Printable)],
            })],
        })],
    };

    private static string Serialize(SummaryFile file) => TimelineYaml.Serializer.Serialize(file);

    private (SummaryFile? File, Dictionary<string, (int Line, int Column)> Positions)? Read(DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, Path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }

        if (StoreFileReader.Read<SummaryFile>(Path, text, diagnostics) is not { } raw)
        {
            return null;
        }

        var outline = SummaryOutline.Of(Root(text));
        if (!outline.CheckUnique(Path, diagnostics))
        {
            return null;
        }

        // A person may leave an empty "- " item in a list; it carries nothing, so it is dropped.
        var file = new SummaryFile
        {
            Dates = [.. raw.Dates.Where(d => d is not null).Select(d => d with
            {
                Entries = [.. d.Entries.Where(e => e is not null)],
                Generated = [.. d.Generated.Where(g => !string.IsNullOrWhiteSpace(g))],
            })],
            DroppedDates = raw.DroppedDates,
            DroppedEntries = [.. raw.DroppedEntries.Where(g => !string.IsNullOrWhiteSpace(g))],
            GeneratedDates = raw.GeneratedDates,
        };
        return (file, outline.EntryPositions());
    }

    private static YamlNode? Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            return null; // The typed read already reported it.
        }
    }
}
