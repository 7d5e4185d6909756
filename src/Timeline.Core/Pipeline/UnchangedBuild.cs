using System.Diagnostics;
using System.Text.Json;
using Timeline.Diagnostics;
using Timeline.Render;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>
/// A rebuild with nothing to do: when the inputs hash as the last clean build's did, and every store and site file is
/// byte for byte as that build left it, merging, checking and rendering again would write nothing and report what the
/// record says. Any difference, a hand edit to any file, a missing or damaged page, means a whole build.
/// </summary>
internal static class UnchangedBuild
{
    /// <summary>Beside the extraction entries, under a name their clean-up leaves alone (it removes only <c>*.json</c>).</summary>
    public static string PathIn(BuildOptions options) => Path.Combine(options.CacheFolder, "build.record");

    /// <summary>The last clean build's record, when there is one this build of the tool wrote.</summary>
    public static BuildRecord? Read(BuildOptions options)
    {
        try
        {
            var path = PathIn(options);
            if (!File.Exists(path)) return null;
            var record = JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildRecordJson.Default.BuildRecord);
            return record?.Tool == BuildInputs.Tool ? record : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null; // A damaged record is no record: the build is done whole.
        }
    }

    /// <summary>Removes the record before a build writes anything, so that no record outlives the files it describes.</summary>
    public static void Forget(BuildOptions options)
    {
        try
        {
            File.Delete(PathIn(options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every file it lists is checked before it is believed.
        }
    }

    /// <summary>What the build would report, or null when anything differs from the record and the build must be done.</summary>
    public static BuildSummary? TryReplay(BuildOptions options, BuildRecord record, RunArticles run, ExtractionCache cache, DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        if (BuildInputs.Of(options, run.Keys) != record.Inputs
            || !FileHashes.Same(StoreFiles(options), record.Store)
            || !FileHashes.Same(FileHashes.Of(options.SiteFolder), record.Site)
            || !run.Keys.All(k => cache.TryRead(k) is not null))
        {
            return null;
        }

        diagnostics.AddRange(record.Diagnostics);
        return new BuildSummary
        {
            Articles = record.Articles,
            FromCache = record.Articles,
            Events = record.Events,
            Actors = record.Actors,
            KeyDates = record.KeyDates,
            FurnitureLines = record.FurnitureLines,
            FurnitureArticles = record.FurnitureArticles,
            Merge = new MergeReport { Events = record.EventCounts, Actors = record.ActorCounts },
            Site = options.SiteFolder,
            SiteRender = new SiteRenderResult { Written = true, Pages = record.Pages, Files = record.Files, Elapsed = clock.Elapsed },
        };
    }

    /// <summary>Records a clean build (no error, and nothing said by the save, so that a second save would say nothing either).</summary>
    public static void Remember(BuildOptions options, RunArticles run, BuildSummary summary, StoreParses parses, IReadOnlyList<Diagnostic> rendering)
    {
        if (summary.Merge is not { } merge || summary.SiteRender is not { Written: true } site
            || BuildInputs.Of(options, run.Keys) is not { } inputs
            || StoreFiles(options) is not { } store
            || FileHashes.Of(options.SiteFolder) is not { } pages)
        {
            return;
        }

        var actors = new StoreLayout(options.Output).ActorsPath;
        // What steers the next build is read from actors.yaml as this build left it; when the save did not change it, that is what this build read.
        var handEdited = merge.WrittenFiles.Contains(actors)
            ? new EventStore(options.Output, parses).LoadHandEditedActors(new DiagnosticBag())
            : run.Edits.Stored;
        var record = new BuildRecord
        {
            Tool = BuildInputs.Tool,
            Inputs = inputs,
            ActorsFile = store.GetValueOrDefault(Path.GetFileName(actors), ""),
            HandEdited = [.. handEdited],
            Store = store,
            Site = pages,
            Articles = summary.Articles,
            Events = summary.Events,
            Actors = summary.Actors,
            Pages = site.Pages,
            Files = site.Files,
            KeyDates = summary.KeyDates,
            FurnitureLines = summary.FurnitureLines,
            FurnitureArticles = summary.FurnitureArticles,
            EventCounts = Again(merge.Events),
            ActorCounts = Again(merge.Actors),
            Diagnostics = [.. rendering],
        };
        try
        {
            AtomicFile.WriteAll([(PathIn(options), JsonSerializer.Serialize(record, BuildRecordJson.Default.BuildRecord))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a record the next build is done whole, as before.
        }
    }

    /// <summary>The hash of actors.yaml now, as <see cref="BuildRecord.ActorsFile"/> holds it.</summary>
    public static string ActorsFileHash(BuildOptions options)
    {
        var path = new StoreLayout(options.Output).ActorsPath;
        return FileHashes.Of(options.Output, [path])?.GetValueOrDefault(Path.GetFileName(path), "") ?? "link";
    }

    // Merging the same extraction into what this merge wrote: what it added or updated is then unchanged, what it
    // removed or recorded as deleted is gone, and what people wrote or edited is kept again.
    private static MergeCounts Again(MergeCounts done) => new()
    {
        Unchanged = done.Added + done.Updated + done.Unchanged,
        KeptAsEdited = done.KeptAsEdited,
        HandAdded = done.HandAdded,
    };

    private static Dictionary<string, string>? StoreFiles(BuildOptions options)
    {
        var layout = new StoreLayout(options.Output);
        var events = Directory.Exists(layout.EventsFolder) ? Directory.GetFiles(layout.EventsFolder, "*.yaml") : [];
        return FileHashes.Of(options.Output, [.. events, layout.ActorsPath, new SummaryStore(options.Output).Path, .. StoreSchemas.FilesUnder(options.Output).Select(s => s.Path)]);
    }
}
