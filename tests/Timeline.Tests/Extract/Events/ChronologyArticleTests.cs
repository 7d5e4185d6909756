using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>An article that is itself a chronology tells its plans at the time of their entries, not after the article.</summary>
public sealed class ChronologyArticleTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("The Vell pipeline burst in January. Here is a chronology of events since then.")]
    [InlineData("Follow our step-by-step timeline of the Vell pipeline leak. The pipe burst in January.")]
    [InlineData("The pipe burst in January. Below is a timeline of the leak and its impact.")]
    [InlineData("This timeline tracks the attempts to seal the Vell pipeline.")]
    public void An_opening_that_points_at_the_article_makes_it_a_chronology(string text)
    {
        Assert.True(ChronologyArticle.Is(SentenceSplitter.Split(text)));
    }

    [Theory]
    [InlineData("Maersk issued a 6,000-word timeline of its actions on Monday.")]
    [InlineData("The inquiry wants detailed plans and timelines from Maersk.")]
    [InlineData("Lars Holm said the timeline for the repairs was tight.")]
    public void A_timeline_someone_else_wrote_does_not(string text)
    {
        Assert.False(ChronologyArticle.Is(SentenceSplitter.Split(text)));
    }

    [Fact]
    public void Only_the_opening_sentences_count()
    {
        var text = string.Concat(Enumerable.Repeat("The pipe leaked again. ", ChronologyArticle.OpeningSentences)) + "Here is a timeline of the leak.";
        Assert.False(ChronologyArticle.Is(SentenceSplitter.Split(text)));
    }

    [Fact]
    public void A_plan_with_no_time_in_a_chronology_is_not_told_as_news_to_come()
    {
        const string body = "The Vell pipeline burst in January.\n\nMaersk plans to establish an independent commission to investigate the leak, according to an official.";
        var plain = fixture.Extract(body, Published).Events;
        Assert.Contains(plain, e => e.Status == EventStatus.Planned && e.Sources[0].Trigger == "establish");

        var chronology = fixture.Extract("Here is a chronology of the Vell pipeline leak.\n\n" + body, Published).Events;
        Assert.DoesNotContain(chronology, e => e.Sources[0].Trigger == "establish");
    }
}
