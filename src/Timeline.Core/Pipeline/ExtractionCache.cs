using System.Text.Json;

namespace Timeline.Pipeline;

/// <summary>
/// Extractions on disk, one JSON file per key (see <see cref="ExtractionKeys"/>). The cache only ever saves
/// work: an entry that is missing, damaged or unreadable is a miss, and a failed write is forgotten.
/// Reading and writing are safe from several threads: each key has its own file, written to a temp file and renamed.
/// </summary>
internal sealed class ExtractionCache(string folder)
{
    public string Folder => folder;

    /// <summary>True when an entry for <paramref name="key"/> is on disk (it may still turn out damaged).</summary>
    public bool Has(string key) => File.Exists(PathOf(key));

    public ExtractedArticle? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path)) return null;
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(path), ExtractionJson.Default.ExtractionCacheEntry);
            return entry is not null && entry.Key == key && IsWhole(entry.Extraction) ? entry.Extraction : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Write(string key, ExtractedArticle extraction)
    {
        var path = PathOf(key);
        var temp = Path.Combine(folder, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new ExtractionCacheEntry { Key = key, Extraction = extraction }, ExtractionJson.Default.ExtractionCacheEntry));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk costs the next run some time, nothing more.
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// Deletes the entries of other keys: those of articles that changed or went, and those made under other
    /// actor edits or by other code. The cache holds one run's extractions, so it never outgrows the input.
    /// </summary>
    public void KeepOnly(IReadOnlyCollection<string> keys)
    {
        var kept = keys.Select(PathOf).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(folder)) return;
            foreach (var entry in Directory.EnumerateFiles(folder, "*.json").Where(e => !kept.Contains(Path.GetFullPath(e))).ToList())
            {
                File.Delete(entry);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What could not be deleted is only disk space.
        }
    }

    private string PathOf(string key) => Path.Combine(folder, key + ".json");

    // JSON that parses can still hold nulls where the records allow none ("events": [null]).
    private static bool IsWhole(ExtractedArticle? x) =>
        x is not null && x.Events.TrueForAll(e => e is not null) && x.Actors.TrueForAll(a => a is not null)
        && x.Sentences.TrueForAll(s => s is not null);
}
