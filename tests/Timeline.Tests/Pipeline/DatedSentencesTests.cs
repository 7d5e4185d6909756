using Timeline.Extract;
using Timeline.Model;
using Timeline.Pipeline;
using Timeline.Summarize;

namespace Timeline.Tests.Pipeline;

/// <summary>Extraction gives every sentence with the days it names, the cache keeps them, and the summariser reads them.</summary>
public sealed class DatedSentencesTests
{
    private static readonly Article Flood = new()
    {
        Id = "flood",
        Path = "flood.md",
        Title = "Flood",
        Date = new DateOnly(2024, 3, 5),
        Body = "The river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.\n\nResidents are angry with the council.\n",
    };

    [Fact]
    public void Extraction_gives_each_sentence_its_offsets_and_the_days_it_names()
    {
        var extraction = new ArticleExtractor().Extract(Flood);

        Assert.Equal(2, extraction.Sentences.Count);
        var first = extraction.Sentences[0];
        Assert.Equal("The river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.", Flood.Body.Substring(first.Offset, first.Length));
        Assert.Equal([new DateOnly(2024, 3, 1)], first.Dates);
        Assert.Contains("bath", first.Actors);
        Assert.Empty(extraction.Sentences[1].Dates);
    }

    [Fact]
    public void The_cache_keeps_the_dated_sentences_and_the_summariser_reads_them()
    {
        using var temp = new TempFolder();
        var cache = new ExtractionCache(temp.Path);
        var extraction = new ArticleExtractor().Extract(Flood);
        cache.Write("flood", new ExtractedArticle { Events = extraction.Events, Actors = extraction.Actors, Support = extraction.Support, Sentences = extraction.Sentences });

        var read = cache.TryRead("flood");

        Assert.NotNull(read);
        Assert.Equal(extraction.Sentences.Select(s => (s.Offset, s.Length, string.Join(',', s.Dates))), read.Sentences.Select(s => (s.Offset, s.Length, string.Join(',', s.Dates))));
        var article = SummaryArticle.From(Flood, read.Sentences);
        Assert.Equal("Residents are angry with the council.", article.Sentences[1].Text);
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(article.Sentences[0].Dates));
    }
}
