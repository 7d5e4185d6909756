using Timeline.Diagnostics;

namespace Timeline.Store;

/// <summary>
/// Reads an output folder into a <see cref="StoreSnapshot"/>. A file with any error is skipped whole
/// (and a save leaves it untouched), so a half-understood file is never rewritten.
/// </summary>
internal static class StoreReader
{
    public static StoreSnapshot Read(StoreLayout layout, DiagnosticBag diagnostics, StoreParses parses)
    {
        var snapshot = new StoreSnapshot
        {
            Actors = new MergeBucket<StoredActor> { Key = "actors", Path = layout.ActorsPath, Active = true },
        };
        var eventOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.Exists(layout.EventsFolder)
            ? Directory.GetFiles(layout.EventsFolder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        // Parsed on every core first; the files are then taken in order, each parse (and what it reported) from the memo.
        Parallel.ForEach(files, path =>
        {
            if (ReadText(path, new DiagnosticBag()) is { } text && StoreFileReader.Read<EventFile>(path, text, new DiagnosticBag(), parses) is not null)
            {
                StoreFileReader.Positions(path, text, "events", parses);
            }
        });
        foreach (var path in files)
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var state = ReadEventFile(path, stem, eventOwners, diagnostics, parses);
            if (state is null)
            {
                snapshot.SkippedArticles.Add(stem);
                snapshot.SkippedFiles.Add(path);
                continue;
            }

            snapshot.EventFiles[stem] = state;
        }

        ReadActors(layout.ActorsPath, snapshot, diagnostics, parses);
        return snapshot;
    }

    /// <summary>Only <c>actors.yaml</c>: what steers extraction, without reading every events file.</summary>
    public static StoreSnapshot ReadActors(StoreLayout layout, DiagnosticBag diagnostics, StoreParses parses)
    {
        var snapshot = new StoreSnapshot
        {
            Actors = new MergeBucket<StoredActor> { Key = "actors", Path = layout.ActorsPath, Active = true },
        };
        ReadActors(layout.ActorsPath, snapshot, diagnostics, parses);
        return snapshot;
    }

    private static EventFileState? ReadEventFile(
        string path, string stem, Dictionary<string, string> owners, DiagnosticBag diagnostics, StoreParses parses)
    {
        if (ReadText(path, diagnostics) is not { } text
            || StoreFileReader.Read<EventFile>(path, text, diagnostics, parses) is not { } raw)
        {
            return null;
        }

        var ok = true;
        if (raw.Article.Id != stem)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.ArticleIdMismatch, path, 0, 0,
                $"article id '{raw.Article.Id}' differs from the file name '{stem}'; make them the same"));
            ok = false;
        }

        var positions = StoreFileReader.Positions(path, text, "events", parses);
        var ids = CheckIds(path, "event", raw.Events.Select(e => e?.Id), positions, owners, diagnostics);
        if (!ok || ids is null)
        {
            return null;
        }

        var file = new EventFile
        {
            Article = raw.Article with { Tags = Clean(raw.Article.Tags) },
            Events = [.. raw.Events.Where(e => e is not null)],
            Deleted = Clean(raw.Deleted),
            Generated = Clean(raw.Generated),
            Origins = raw.Origins ?? [],
        };
        Claim(ids.Keys, path, owners);
        return new EventFileState
        {
            Article = file.Article,
            Original = file,
            Text = text,
            Bucket = new MergeBucket<StoredEvent>
            {
                Key = stem, Path = path, Items = [.. file.Events], Deleted = [.. file.Deleted],
                Generated = [.. file.Generated], Origins = new(file.Origins, StringComparer.Ordinal), Positions = ids,
            },
        };
    }

    private static void ReadActors(string path, StoreSnapshot snapshot, DiagnosticBag diagnostics, StoreParses parses)
    {
        if (!File.Exists(path))
        {
            return;
        }

        if (ReadText(path, diagnostics) is not { } text
            || StoreFileReader.Read<ActorsFile>(path, text, diagnostics, parses) is not { } raw
            || CheckIds(path, "actor", raw.Actors.Select(a => a?.Id), StoreFileReader.Positions(path, text, "actors", parses), [], diagnostics) is not { } ids)
        {
            snapshot.ActorsSkipped = true;
            snapshot.SkippedFiles.Add(path);
            return;
        }

        var file = new ActorsFile
        {
            Actors = [.. raw.Actors.Where(a => a is not null)],
            Deleted = Clean(raw.Deleted),
            Generated = Clean(raw.Generated),
        };
        snapshot.OriginalActors = file;
        snapshot.ActorsText = text;
        snapshot.Actors.Items.AddRange(file.Actors);
        snapshot.Actors.Deleted.AddRange(file.Deleted);
        snapshot.Actors.Generated.AddRange(file.Generated);
        foreach (var (id, position) in ids)
        {
            snapshot.Actors.Positions[id] = position;
        }
    }

    /// <summary>Checks ids are set and unique (in the file and against earlier files); returns their positions, or null on an error.</summary>
    private static Dictionary<string, (int Line, int Column)>? CheckIds(
        string path, string what, IEnumerable<string?> ids, ItemPositions positions,
        Dictionary<string, string> owners, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var ok = true;
        var index = -1;
        foreach (var id in ids)
        {
            index++;
            if (id is null)
            {
                continue; // An empty list item: nothing to keep.
            }

            var (line, column) = positions.Item(index);
            if (string.IsNullOrWhiteSpace(id))
            {
                diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, path, line, column, $"the {what} id is empty"));
                ok = false;
            }
            else if (found.ContainsKey(id) || owners.ContainsKey(id))
            {
                var other = found.ContainsKey(id) ? "earlier in this file" : $"in {owners[id]}";
                diagnostics.Add(Diagnostic.Error(StoreCodes.DuplicateId, path, line, column,
                    $"duplicate {what} id '{id}' (also {other}); give one of them another id"));
                ok = false;
            }
            else
            {
                found[id] = (line, column);
            }
        }

        return ok ? found : null;
    }

    private static void Claim(IEnumerable<string> ids, string path, Dictionary<string, string> owners)
    {
        foreach (var id in ids)
        {
            owners[id] = path;
        }
    }

    private static List<string> Clean(List<string>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v))];

    private static string? ReadText(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }
    }
}
