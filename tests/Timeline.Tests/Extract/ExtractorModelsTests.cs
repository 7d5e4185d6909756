using System.Text.Json;
using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Extract.Time;
using Timeline.Ingest;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Extract;

/// <summary>The models loaded side by side on the thread pool (<see cref="ExtractorModels"/>) read as the ones loaded one after the other.</summary>
public sealed class ExtractorModelsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_extractor_on_started_models_gives_what_the_default_extractor_gives(int threads)
    {
        // Given the small corpus, and models started before the extractor is made (still loading on four threads)
        using var temp = new TempFolder();
        SmallCorpus.WriteTo(temp.Path);
        var articles = new ArticleReader(ArticleReaderOptions.Default).ReadFolder(temp.Path, new DiagnosticBag());
        var models = ExtractorModels.Start(threads);

        // When each article is extracted by an extractor on those models and by the default one
        var started = new ArticleExtractor(ActorEdits.None, models);
        var plain = new ArticleExtractor();

        // Then every extraction is the same, and there is something to compare
        Assert.Contains(articles, a => plain.Extract(a).Events.Count > 0);
        foreach (var article in articles)
        {
            Assert.Equal(JsonSerializer.Serialize(plain.Extract(article)), JsonSerializer.Serialize(started.Extract(article)));
        }
    }

    [Fact]
    public void Each_start_gives_a_tagger_of_its_own()
    {
        // A tagger remembers what it read: two extractors must not share one through the models.
        var first = ExtractorModels.Start(2);
        var second = ExtractorModels.Start(2);

        Assert.NotSame(first.Tagger, second.Tagger);
        Assert.Same(first.Tagger, first.Tagger);
        var text = "The talks resumed on Monday, 3 March 2014.";
        var reference = new DateOnly(2014, 3, 5);
        Assert.Equal(
            JsonSerializer.Serialize(new TemporalTagger().Tag(text, reference)),
            JsonSerializer.Serialize(first.Tagger.Tag(text, reference)));
    }
}
