using System.Text.Json;
using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Ingest;
using Timeline.Model;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>The extraction cache: unchanged articles are not extracted again, and the output never depends on it.</summary>
public sealed class ExtractionCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Input => _temp.Combine("articles");

    private string Output => _temp.Combine("output");

    private string CacheFolder => Path.Combine(Output, ".cache", "extract");

    [Fact]
    public void A_rebuild_with_nothing_changed_extracts_nothing()
    {
        SmallCorpus.WriteTo(Input);
        Assert.Equal(6, Build().Extracted);
        var files = SmallCorpus.Products(Output);

        // Only hand edits of actors.yaml steer extraction: what the first build wrote there changes nothing.
        var second = Build();

        Assert.Equal((0, 6), (second.Extracted, second.FromCache));
        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(Output));
    }

    [Fact]
    public void A_rebuild_without_the_cache_gives_the_same_files_as_the_first_build()
    {
        SmallCorpus.WriteTo(Input);
        Build(useCache: false);
        var files = SmallCorpus.Products(Output);

        Build(useCache: false);

        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(Output));
    }

    [Fact]
    public void One_changed_article_is_extracted_again_alone_and_the_output_is_what_a_full_run_gives()
    {
        WarmUp();
        var path = Path.Combine(Input, "c-drills.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("in September", "in November", StringComparison.Ordinal));
        var uncached = CopyOfOutput();

        var summary = Build();
        var full = Build(output: uncached, useCache: false);

        Assert.Equal((1, 5), (summary.Extracted, summary.FromCache));
        Assert.Equal(6, full.Extracted);
        Assert.False(Directory.Exists(Path.Combine(uncached, ".cache")));
        SmallCorpus.AssertSameFiles(SmallCorpus.Products(uncached), SmallCorpus.Products(Output));
    }

    [Fact]
    public void A_hand_edit_to_the_actors_makes_every_article_extract_again()
    {
        WarmUp();
        var actors = Path.Combine(Output, "actors.yaml");
        File.WriteAllText(actors, File.ReadAllText(actors).Replace("name: Li Shangfu", "name: General Li Shangfu", StringComparison.Ordinal));

        Assert.Equal(6, Build().Extracted);
    }

    [Fact]
    public void A_damaged_entry_is_ignored_and_its_article_extracted_again()
    {
        WarmUp();
        var files = SmallCorpus.Products(Output);
        var entries = Directory.GetFiles(CacheFolder, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, entries.Count);
        File.WriteAllText(entries[0], File.ReadAllText(entries[0])[..40]);
        File.WriteAllText(entries[1], """{"key":"not-this-one","extraction":{"events":[],"actors":[]}}""");
        File.WriteAllText(entries[2], """{"key":"x","extraction":{"events":null,"actors":[]}}""");

        var summary = Build();

        Assert.Equal((3, 3), (summary.Extracted, summary.FromCache));
        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(Output));
        Assert.Equal(6, Build().FromCache); // and the entries were written again
    }

    [Fact]
    public void No_cache_extracts_everything_and_leaves_the_cache_alone()
    {
        WarmUp();
        var before = Directory.GetFiles(CacheFolder).Select(File.ReadAllBytes).ToList();

        var summary = Build(useCache: false);

        Assert.Equal((6, 0), (summary.Extracted, summary.FromCache));
        Assert.Equal(before, Directory.GetFiles(CacheFolder).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void Cache_folder_elsewhere_keeps_the_output_folder_clean()
    {
        SmallCorpus.WriteTo(Input);
        var elsewhere = _temp.Combine("cache");
        var options = new BuildOptions { Input = Input, Output = Output, Cache = elsewhere, UseCache = true };
        new TimelineBuilder(options).Build(new DiagnosticBag());
        new TimelineBuilder(options).Build(new DiagnosticBag());

        var third = new TimelineBuilder(options).Build(new DiagnosticBag());

        Assert.Equal(6, third.FromCache);
        Assert.False(Directory.Exists(Path.Combine(Output, ".cache")));
        Assert.Equal(6, Directory.GetFiles(elsewhere, "*.json").Length);
    }

    [Fact]
    public void A_cached_extraction_reads_back_as_the_records_it_was_written_from()
    {
        SmallCorpus.WriteTo(Input);
        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(Input, new DiagnosticBag());
        var extractor = new ArticleExtractor();
        var cache = new ExtractionCache(CacheFolder);
        foreach (var article in articles)
        {
            var fresh = extractor.Extract(article);
            var extracted = new ExtractedArticle { Events = fresh.Events, Actors = fresh.Actors, Support = fresh.Support };
            cache.Write(article.Id, extracted);

            var read = cache.TryRead(article.Id);

            Assert.NotNull(read);
            Assert.Equal(Json(extracted), Json(read));
            // Values the JSON must not round off or drop: confidences, dates, enums, nulls.
            Assert.Equal(fresh.Events.Select(e => (e.Confidence, e.Date.Start, e.Date.End, e.Status, e.Place)), read.Events.Select(e => (e.Confidence, e.Date.Start, e.Date.End, e.Status, e.Place)));
        }

        Assert.Contains(articles, a => new ArticleExtractor().Extract(a).Events.Count > 1);
    }

    [Fact]
    public void Keys_change_with_the_article_and_with_the_actor_edits_and_nothing_else()
    {
        var article = new Article { Id = "a", Path = "/somewhere/a.md", Title = "A", Body = "Text.", Date = new DateOnly(2023, 8, 18) };
        var actor = new Actor { Id = "li-shangfu", Name = "Li Shangfu", Kind = ActorKind.Person };
        var none = new ExtractionKeys(ActorEdits.None);

        Assert.Equal(none.For(article, "a.md"), new ExtractionKeys(ActorEdits.From([])).For(article with { Path = "/elsewhere/a.md" }, "a.md"));
        Assert.NotEqual(none.For(article, "a.md"), none.For(article, "b.md"));
        Assert.NotEqual(none.For(article, "a.md"), none.For(article with { Body = "Text!" }, "a.md"));
        Assert.NotEqual(none.For(article, "a.md"), none.For(article with { Date = new DateOnly(2023, 8, 19) }, "a.md"));
        var edited = new ExtractionKeys(ActorEdits.From([actor]));
        Assert.NotEqual(none.For(article, "a.md"), edited.For(article, "a.md"));
        Assert.NotEqual(edited.For(article, "a.md"), new ExtractionKeys(ActorEdits.From([actor with { Aliases = ["Shangfu"] }])).For(article, "a.md"));
    }

    private void WarmUp()
    {
        SmallCorpus.WriteTo(Input);
        Build();
        Build();
        Assert.Equal(0, Build().Extracted);
    }

    private string CopyOfOutput()
    {
        var copy = _temp.Combine("uncached");
        foreach (var (path, bytes) in SmallCorpus.Products(Output))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, path))!);
            File.WriteAllBytes(Path.Combine(copy, path), bytes);
        }

        return copy;
    }

    private BuildSummary Build(string? output = null, bool useCache = true)
    {
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(new BuildOptions { Input = Input, Output = output ?? Output, UseCache = useCache }).Build(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return summary;
    }

    private static string Json(ExtractedArticle x) =>
        JsonSerializer.Serialize(new ExtractionCacheEntry { Key = "k", Extraction = x }, ExtractionJson.Default.ExtractionCacheEntry);

    public void Dispose() => _temp.Dispose();
}
