using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// The hand-editable YAML store under an output folder: <c>events/&lt;article-id&gt;.yaml</c> per article
/// and <c>actors.yaml</c>. Saving merges a fresh extraction into it without losing a hand edit.
/// </summary>
public sealed class EventStore
{
    private readonly StoreLayout _layout;
    private readonly StoreParses _parses;

    public EventStore(string outputFolder)
        : this(outputFolder, new StoreParses())
    {
    }

    /// <summary>A store that parses only the file texts <paramref name="parses"/> has not seen (one build's store reads).</summary>
    public EventStore(string outputFolder, StoreParses parses)
    {
        _layout = new StoreLayout(outputFolder);
        _parses = parses;
    }

    /// <summary>Runs after each temp file of a save is written; tests use it to stop a save half-way.</summary>
    internal Action<int>? AfterTempWritten { get; init; }

    /// <summary>Adds an event written by a person (no fingerprint, so every re-run keeps it); returns its id, or null when refused.</summary>
    public string? AddByHand(HandEvent request, DiagnosticBag diagnostics) => HandAdder.Add(_layout, request, diagnostics);

    /// <summary>Reads every events file and actors.yaml; files with errors are reported and skipped.</summary>
    public StoredTimeline Load(DiagnosticBag diagnostics)
    {
        var snapshot = StoreReader.Read(_layout, diagnostics, _parses);
        return new StoredTimeline
        {
            Data = ToData(snapshot.EventFiles.Values.Select(s => s.Original!), snapshot.OriginalActors),
            SkippedFiles = snapshot.SkippedFiles,
        };
    }

    /// <summary>
    /// The actors a person added or changed in <c>actors.yaml</c> (no fingerprint, or content that no longer matches
    /// it): what steers extraction. Entries the tool wrote and nobody touched do not, so the same articles give the
    /// same output whatever earlier builds wrote.
    /// </summary>
    public List<Actor> LoadHandEditedActors(DiagnosticBag diagnostics)
    {
        var snapshot = StoreReader.ReadActors(_layout, diagnostics, _parses);
        Fingerprints.Prepare(snapshot.Actors.Items);
        return [.. (snapshot.OriginalActors?.Actors ?? [])
            .Where(a => a.Fingerprint is not { } f || Fingerprints.Of(a) != f)
            .Select(a => a.ToModel())];
    }

    /// <summary>Merges <paramref name="extracted"/> into the files on disk, writes what changed, and returns what is now stored.</summary>
    public SaveResult Save(TimelineData extracted, DiagnosticBag diagnostics)
    {
        var readClock = StageClock.Start("save: read store");
        var snapshot = StoreReader.Read(_layout, diagnostics, _parses);
        readClock.Dispose();
        var mergeClock = StageClock.Start("save: merge");
        var before = ToData(snapshot.EventFiles.Values.Select(s => s.Original!), snapshot.OriginalActors);
        AddArticles(snapshot, extracted.Articles, diagnostics);

        Fingerprints.Prepare(snapshot.EventFiles.Values.SelectMany(s => s.Bucket.Items), extracted.Events, snapshot.Actors.Items, extracted.Actors);
        var eventMerger = new ItemMerger<TimelineEvent, StoredEvent>(StoreItemKinds.Events);
        var buckets = snapshot.EventFiles.Values.Select(s => s.Bucket).ToList();
        var kept = EventOrigins.KeepIds(buckets, extracted.Events);
        var eventCounts = eventMerger.Merge(buckets, EventTargets(snapshot, kept.Events, diagnostics), diagnostics);

        var referenced = buckets.SelectMany(b => b.Items)
            .SelectMany(e => e.Place is null ? e.Actors : [.. e.Actors, e.Place])
            .ToHashSet(StringComparer.Ordinal);
        var actorMerger = new ItemMerger<Actor, StoredActor>(StoreItemKinds.Actors(referenced));
        var actorCounts = snapshot.ActorsSkipped
            ? new MergeCounts()
            : actorMerger.Merge([snapshot.Actors], [.. extracted.Actors.Select(a => (a, snapshot.Actors))], diagnostics);

        mergeClock.Dispose();
        var textClock = StageClock.Start("save: serialise");
        var writes = new List<(string Path, string Content)>();
        var eventFiles = new List<(EventFileState State, EventFile Merged)>();
        // Each events file is built and serialised on its own (the merge is done), on every core; gathered in the store's order.
        var states = snapshot.EventFiles.Values.ToList();
        var built = new (EventFile Merged, string? Text)[states.Count];
        Parallel.For(0, states.Count, i =>
        {
            var (state, bucket) = (states[i], states[i].Bucket);
            var merged = StoreWriter.ToFile(state.Article, bucket.Items, bucket.Deleted, eventMerger.GeneratedIds(bucket), EventOrigins.For(bucket, kept.OriginById));
            // A file that holds what it held needs no write (its YAML would say the same); the text the file already holds
            // needs none either, and comparing it spares serialising the file as read.
            if (StoreWriter.Same(state.Original, merged))
            {
                built[i] = (merged, null);
                return;
            }

            var text = StoreWriter.Text(merged);
            built[i] = (merged, text != state.Text && StoreWriter.Differs(state.Original, merged) ? text : null);
        });
        for (var i = 0; i < states.Count; i++)
        {
            eventFiles.Add((states[i], built[i].Merged));
            if (built[i].Text is { } text) writes.Add((states[i].Bucket.Path, text));
        }

        ActorsFile? actors = snapshot.OriginalActors;
        if (!snapshot.ActorsSkipped)
        {
            var bucket = snapshot.Actors;
            actors = StoreWriter.ToFile(bucket.Items, bucket.Deleted, actorMerger.GeneratedIds(bucket));
            var worthAFile = snapshot.OriginalActors is not null || actors.Actors.Count > 0 || actors.Deleted.Count > 0;
            var text = worthAFile && !StoreWriter.Same(snapshot.OriginalActors, actors) ? StoreWriter.Text(actors) : null;
            if (text is not null && text != snapshot.ActorsText && StoreWriter.Differs(snapshot.OriginalActors, actors))
            {
                writes.Add((bucket.Path, text));
            }
        }

        if (eventFiles.Count > 0 || actors is not null)
        {
            writes.AddRange(StoreSchemas.FilesUnder(_layout.Output).Where(s => !HasContent(s.Path, s.Content)));
        }

        textClock.Dispose();
        using var writeClock = StageClock.Start("save: write");
        writes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var stored = ToData(eventFiles.Select(f => f.Merged), actors);
        if (TryWriteEach(writes, AfterTempWritten, diagnostics) is not { } failed)
        {
            stored = before;
            writes.Clear();
        }
        else if (failed.Count > 0)
        {
            // An events file that could not be written keeps what it said: so does the timeline of this run.
            stored = ToData(eventFiles.Select(f => failed.Contains(f.State.Bucket.Path) ? f.State.Original : f.Merged).OfType<EventFile>(), actors);
            writes.RemoveAll(w => failed.Contains(w.Path));
        }

        return new SaveResult
        {
            Data = stored,
            Report = new MergeReport { Events = eventCounts, Actors = actorCounts, WrittenFiles = [.. writes.Select(w => w.Path)] },
        };
    }

    private void AddArticles(StoreSnapshot snapshot, IEnumerable<ArticleInfo> articles, DiagnosticBag diagnostics)
    {
        foreach (var article in articles.DistinctBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!StoreLayout.IsUsableId(article.Id))
            {
                diagnostics.Add(Diagnostic.Error(StoreCodes.BadArticleId, article.Path ?? article.Id, 0, 0,
                    $"article id '{article.Id}' cannot be used as a file name; its events are not stored"));
            }
            else if (snapshot.EventFiles.TryGetValue(article.Id, out var state))
            {
                state.Bucket.Active = true;
                state.Article = ArticleRefresh.Merge(state, article, diagnostics);
            }
            else if (!snapshot.SkippedArticles.Contains(article.Id))
            {
                snapshot.EventFiles[article.Id] = new EventFileState
                {
                    Article = StoredArticle.From(article),
                    Bucket = new MergeBucket<StoredEvent> { Key = article.Id, Path = _layout.EventFilePath(article.Id), Active = true },
                };
            }
        }
    }

    // An event is filed under the article of its first source, the one the chronology also orders it by.
    private List<(TimelineEvent, MergeBucket<StoredEvent>)> EventTargets(
        StoreSnapshot snapshot, IEnumerable<TimelineEvent> events, DiagnosticBag diagnostics)
    {
        var targets = new List<(TimelineEvent, MergeBucket<StoredEvent>)>();
        foreach (var e in events)
        {
            var articleId = e.Sources.Count > 0 ? e.Sources[0].Article : null;
            if (articleId is not null && snapshot.EventFiles.TryGetValue(articleId, out var state))
            {
                targets.Add((e, state.Bucket));
            }
            else if (articleId is null || !snapshot.SkippedArticles.Contains(articleId))
            {
                diagnostics.Add(Diagnostic.Warning(StoreCodes.NoArticle, _layout.EventsFolder, 0, 0,
                    $"event {e.Id} has no known source article, so there is no file to store it in"));
            }
        }

        return targets;
    }

    // One events file that cannot be written costs its article only: the others, actors.yaml among them, are
    // written. A failure of any other file writes nothing (null). Returns the paths left as they were.
    private HashSet<string>? TryWriteEach(List<(string Path, string Content)> writes, Action<int>? afterTempWritten, DiagnosticBag diagnostics)
    {
        var events = Path.GetFullPath(_layout.EventsFolder) + Path.DirectorySeparatorChar;
        return TryWrite(writes, afterTempWritten, diagnostics, path => Path.GetFullPath(path).StartsWith(events, StringComparison.Ordinal));
    }

    /// <summary>All the files or none (null); with <paramref name="mayFailAlone"/>, those files may fail alone (their paths are returned).</summary>
    internal static HashSet<string>? TryWrite(
        List<(string Path, string Content)> writes, Action<int>? afterTempWritten, DiagnosticBag diagnostics, Func<string, bool>? mayFailAlone = null)
    {
        try
        {
            var failed = AtomicFile.WriteAll(writes, afterTempWritten, mayFailAlone);
            foreach (var (path, error) in failed)
            {
                diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, path, 0, 0,
                    $"cannot write this events file, so it keeps its previous content (the other files are written): {error.Message}"));
            }

            return failed.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, writes[0].Path, 0, 0,
                $"cannot write the timeline files, none was changed: {e.Message}"));
            return null;
        }
    }

    private static bool HasContent(string path, string content)
    {
        try
        {
            return File.Exists(path) && File.ReadAllText(path) == content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // Rewriting it will tell what is wrong.
        }
    }

    private static TimelineData ToData(IEnumerable<EventFile> files, ActorsFile? actors)
    {
        var list = files.ToList();
        return new TimelineData
        {
            Articles = [.. list.Select(f => f.Article.ToModel()).OrderBy(a => a.Id, StringComparer.Ordinal)],
            Events = ChronologicalOrder.Sort(list.SelectMany(f => f.Events).Select(e => e.ToModel())),
            Actors = StoreWriter.SortActors((actors?.Actors ?? []).Select(a => a.ToModel())),
        };
    }
}
