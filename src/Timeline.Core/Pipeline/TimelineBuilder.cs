using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.IO;
using Timeline.Ingest;
using Timeline.Model;
using Timeline.Render;
using Timeline.Store;
using Timeline.Summarize;

namespace Timeline.Pipeline;

/// <summary>
/// The whole job: read the articles, extract their events and actors, merge them into the YAML
/// store (hand edits kept), and render the site from what is stored.
/// </summary>
public sealed class TimelineBuilder(BuildOptions options)
{
    // Below this many articles (the seed) the key events are worked out on the build's thread: threads cost more than they save.
    private const int SummariseInParallelFrom = 64;

    /// <summary>Extracts into the YAML store; with <see cref="BuildOptions.Shard"/>, only that share, into the cache alone.</summary>
    public BuildSummary Extract(DiagnosticBag diagnostics, IProgress<ExtractProgress>? progress = null)
    {
        // A share only adds cache entries, each written whole under its own name: shares need no lock to run side by side.
        if (options.Shard is { } shard) return ShardExtraction.Run(options, shard, diagnostics, progress);
        using var held = Lock(diagnostics);
        if (held is null) return new BuildSummary { NothingWritten = true };
        var parses = new StoreParses();
        var models = ModelsIfAllExtracted();
        var run = RunArticles.Read(options, parses, diagnostics);
        return run is null ? new BuildSummary { NothingWritten = true } : ExtractLocked(run, parses, diagnostics, progress, models);
    }

    public BuildSummary Render(DiagnosticBag diagnostics)
    {
        // Nothing to render, and nothing to lock: taking the lock would make the folder.
        if (!Directory.Exists(options.Output)) return RenderLocked(new StoreParses(), diagnostics);
        using var held = Lock(diagnostics);
        return held is null ? new BuildSummary { NothingWritten = true } : RenderLocked(new StoreParses(), diagnostics);
    }

    /// <summary>Extract, then render; with <see cref="BuildOptions.Shard"/> only the share's extraction, as there is nothing to render.</summary>
    public BuildSummary Build(DiagnosticBag diagnostics, IProgress<ExtractProgress>? progress = null)
    {
        if (options.Shard is not null) return Extract(diagnostics, progress);
        using var held = Lock(diagnostics);
        if (held is null)
        {
            return new BuildSummary { NothingWritten = true };
        }

        // One build parses each store file once: the steer, the save, the check and the load share what is unchanged.
        var parses = new StoreParses();
        var recorded = options.UseCache && !options.FromCache;
        var previous = recorded ? UnchangedBuild.Read(options) : null;
        RunArticles? run;
        var models = ModelsIfAllExtracted();
        var articleMemo = recorded ? ParseMemo.Load(Path.Combine(options.CacheFolder, "articles.memo")) : null;
        using (StageClock.Start("read articles")) run = RunArticles.Read(options, parses, diagnostics, previous, articleMemo);
        if (run is null) return new BuildSummary { NothingWritten = true };
        articleMemo?.Save(Path.Combine(options.CacheFolder, "articles.memo"));
        using var replay = StageClock.Start("replay check");
        if (previous is not null && UnchangedBuild.TryReplay(options, previous, run, new ExtractionCache(options.CacheFolder), diagnostics) is { } replayed)
        {
            return replayed;
        }

        if (recorded) UnchangedBuild.Forget(options);
        // Read only now: a build answered from its record hashes nothing.
        var memo = Path.Combine(options.CacheFolder, "fingerprints.memo");
        if (recorded) FingerprintMemo.Load(memo);
        var storeMemo = Path.Combine(options.CacheFolder, "store.memo");
        if (recorded) parses.Memo = ParseMemo.Load(storeMemo);
        var beforeSave = diagnostics.Count;
        var extracted = ExtractLocked(run, parses, diagnostics, progress, models);
        if (extracted.NothingWritten) return extracted;
        var saveSaidNothing = diagnostics.Count == beforeSave;
        var beforeRender = diagnostics.Count;
        BuildSummary rendered;
        using (StageClock.Start("render (check, load, site)")) rendered = RenderLocked(parses, diagnostics);
        var built = extracted with { Site = rendered.Site, SiteRender = rendered.SiteRender, NotRendered = rendered.NotRendered };
        // It holds only what parsed without a word said, keyed by text: true whatever this build reported.
        parses.Memo?.Save(storeMemo);
        if (recorded && saveSaidNothing && !diagnostics.HasErrors)
        {
            using var remember = StageClock.Start("remember");
            UnchangedBuild.Remember(options, run, built, parses, diagnostics.Since(beforeRender));
            FingerprintMemo.Save(memo);
        }

        return built;
    }

    // A second run on the same output would read files the first is replacing; it stops instead. The
    // lock held, what killed runs left behind can go.
    private OutputLock? Lock(DiagnosticBag diagnostics)
    {
        var held = OutputLock.Acquire(options.Output, diagnostics);
        if (held is null)
        {
            return null;
        }

        var layout = new StoreLayout(options.Output);
        StaleFiles.Remove([options.Output, layout.EventsFolder, Path.GetDirectoryName(Path.GetFullPath(options.SiteFolder))!, options.CacheFolder]);
        return held;
    }

    // Loading the models takes most of a one-article build. When no article can come from the cache (--no-cache, or no
    // cache yet) they load on the other threads while the articles are read; otherwise only once an article needs them.
    private ExtractorModels? ModelsIfAllExtracted() =>
        !options.FromCache && options.Threads > 1 && (!options.UseCache || !Directory.Exists(options.CacheFolder)) ? ExtractorModels.Start(options.Threads) : null;

    // A missing or empty input (no run) is a mistake: saving nothing would also mark every stored event "no longer found".
    private BuildSummary ExtractLocked(RunArticles run, StoreParses parses, DiagnosticBag diagnostics, IProgress<ExtractProgress>? progress, ExtractorModels? models)
    {
        var (articles, keyOf) = (run.Articles, run.Keys);
        var cache = options.UseCache || options.FromCache ? new ExtractionCache(options.CacheFolder) : null;
        // Loading the models costs a second or so: a run served wholly from the cache skips it.
        var extractions = new ArticleExtractions(options.Threads, cache, options.ArticleTimeout,
            new Lazy<ArticleExtractor>(() => new ArticleExtractor(run.Edits, models ?? ExtractorModels.Start(options.Threads))));
        var extractClock = StageClock.Start("extract");
        var results = options.FromCache ? CachedExtractions.Read(run, cache!, diagnostics) : extractions.Run(articles, keyOf, progress, diagnostics);
        if (results is null)
        {
            // Saving without the missing articles would mark their events "no longer found".
            return new BuildSummary { NothingWritten = true };
        }

        extractClock.Dispose();
        // The summary reads only the articles and their extractions: on more than one thread it is worked out while the
        // store is merged and saved (a pure function of them, so the same summary either way).
        var summarising = InParallel(articles.Count) ? Task.Run(() => Summarise(articles, results)) : null;
        using (StageClock.Start("keep only")) cache?.KeepOnly(keyOf);
        var mergeClock = StageClock.Start("merge");

        // In article order, as one thread would: ids made unique and actors merged exactly as before.
        var infos = new List<ArticleInfo>();
        var events = new List<TimelineEvent>();
        var actors = new List<List<Actor>>();
        var support = new List<List<ActorSupport>>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            infos.Add(ArticleInfo.From(articles[i], run.RelativePaths[i]));
            events.AddRange(EventIds.MakeUnique(results[i].Events, taken));
            actors.Add(results[i].Actors);
            support.Add(results[i].Support);
        }

        var handWritten = run.Edits.Stored.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var (listed, renamed) = ListedActors.Select(ActorRegistry.Merge(actors), support, handWritten);
        var (registryOfRun, withoutThings) = SpelledOutAcrossArticles.Drop(listed, [.. events.Select(e => ActorDuplicates.Rename(e, renamed))],
            [.. articles.Select(a => a.Body)], handWritten);
        var renamedEvents = TitleFamilyNames.Write(TitleLostLetters.Restore(TitleNamedBodies.Add(withoutThings, registryOfRun), registryOfRun), registryOfRun);
        var data = new TimelineData { Articles = infos, Events = EventMerger.Merge(renamedEvents, registryOfRun), Actors = registryOfRun };
        mergeClock.Dispose();
        SaveResult saved;
        using (StageClock.Start("save")) saved = new EventStore(options.Output, parses).Save(data, diagnostics);
        var keyClock = StageClock.Start("key events");
        var keyDates = SaveKeyEvents(summarising?.GetAwaiter().GetResult() ?? Summarise(articles, results), renamed, saved.Data, diagnostics);
        keyClock.Dispose();
        var furniture = PageFurniture.Count(articles);
        return new BuildSummary
        {
            Articles = articles.Count,
            FurnitureLines = furniture.Lines,
            FurnitureArticles = furniture.Articles,
            Extracted = extractions.Extracted,
            FromCache = options.FromCache ? articles.Count : extractions.FromCache,
            Events = saved.Data.Events.Count,
            Actors = saved.Data.Actors.Count,
            Merge = saved.Report,
            KeyDates = keyDates,
        };
    }

    private KeyTimeline Summarise(IReadOnlyList<Article> articles, IReadOnlyList<ExtractedArticle> results)
    {
        using var clock = StageClock.Start("key events: summarise");
        // Each article's sentences are cut on every core; a few articles (the seed) are not worth the threads.
        var read = !InParallel(articles.Count)
            ? [.. articles.Select((a, i) => SummaryArticle.From(a, results[i].Sentences))]
            : Enumerable.Range(0, articles.Count).AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads)
                .Select(i => SummaryArticle.From(articles[i], results[i].Sentences)).ToList();
        return KeyEventSummarizer.Summarize(read, options.Summary);
    }

    private bool InParallel(int articles) => options.Threads > 1 && articles >= SummariseInParallelFrom;

    // The key events are read from the same articles and linked to what is now stored; hand edits of summary.yaml are kept.
    private int SaveKeyEvents(KeyTimeline proposed, IReadOnlyDictionary<string, string> renamed, TimelineData stored, DiagnosticBag diagnostics) =>
        new SummaryStore(options.Output).Save(KeyEventLinks.Link(KeyEventLinks.Rename(proposed, renamed), stored), diagnostics).Dates.Count;

    private BuildSummary RenderLocked(StoreParses parses, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.Output))
        {
            // Nothing to render: an empty site here would look like a timeline with no events.
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, options.Output, 0, 0, "the output folder does not exist; run 'timeline build' first"));
            return new BuildSummary { NothingWritten = true };
        }

        // An invalid timeline is not published: the previous site stays as it was.
        var validation = new DiagnosticBag();
        ValidationSummary checkedStore;
        using (StageClock.Start("validate")) checkedStore = new StoreValidator(options.Output, parses).Validate(validation);
        // After an extract the save has reported some of these already: each problem is listed once.
        diagnostics.AddMissing(validation.ToSortedList());
        if (validation.HasErrors)
        {
            return new BuildSummary
            {
                Articles = checkedStore.Articles,
                Events = checkedStore.Events,
                Actors = checkedStore.Actors,
                NotRendered = true,
            };
        }

        // The validator reported everything Load could; its diagnostics would only repeat them.
        var loadClock = StageClock.Start("load");
        var stored = new EventStore(options.Output, parses).Load(new DiagnosticBag());
        loadClock.Dispose();
        var settings = SiteSettingsReader.Load(options.Config, options.Input, diagnostics);
        var builtIn = BuiltInTemplates.Locate();
        var renderer = new SiteRenderer(RenderOptions.Default with
        {
            TemplatesFolder = options.Templates ?? UserTemplates.Beside(options.Input, builtIn),
            BuiltInTemplatesFolder = builtIn,
            SiteTitle = options.SiteTitle,
            Threads = options.Threads,
            // A --title other than the default beats the file's title.
            Settings = options.SiteTitle != BuildOptions.Default.SiteTitle ? settings with { Title = options.SiteTitle } : settings,
        });
        // summary.yaml, when there is one, makes the front page the key events (validated above, like the events).
        var summary = new SummaryStore(options.Output).Load(new DiagnosticBag());
        using var siteClock = StageClock.Start("site");
        var rendered = renderer.RenderSite(WithoutNonActors(stored.Data with { Summary = summary }), options.SiteFolder, diagnostics);
        return new BuildSummary
        {
            Articles = stored.Data.Articles.Count,
            Events = stored.Data.Events.Count,
            Actors = stored.Data.Actors.Count,
            Site = rendered.Written ? options.SiteFolder : null,
            SiteRender = rendered.Written ? rendered : null,
        };
    }

    // Names marked not_an_actor stay in actors.yaml, so the mark is kept, but get no page and leave every event.
    private static TimelineData WithoutNonActors(TimelineData data)
    {
        var dropped = data.Actors.Where(a => a.Kind == ActorKind.NotAnActor).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (dropped.Count == 0) return data;
        return data with
        {
            Actors = [.. data.Actors.Where(a => !dropped.Contains(a.Id))],
            Events = [.. data.Events.Select(e => e with
            {
                Actors = [.. e.Actors.Where(a => !dropped.Contains(a))],
                Place = e.Place is { } p && dropped.Contains(p) ? null : e.Place,
            })],
            Summary = data.Summary is { } summary ? new KeyTimeline
            {
                Dates = [.. summary.Dates.Select(d => d with { Entries = [.. d.Entries.Select(e => e with { Actors = [.. e.Actors.Where(a => !dropped.Contains(a))] })] })],
            } : null,
        };
    }
}
