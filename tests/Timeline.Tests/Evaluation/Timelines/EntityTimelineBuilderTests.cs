using Timeline.Evaluation.Timelines;
using Timeline.Extract;
using Timeline.Model;
using Xunit;

namespace Timeline.Tests.Evaluation.Timelines;

public sealed class EntityTimelineBuilderTests
{
    private static readonly ArticleExtractor Extractor = new();

    // Builds a one-article corpus whose token map has one token per word, ids "1-<offset>".
    private static SemEvalCorpus Corpus(string body, DateOnly date)
    {
        var rows = System.Text.RegularExpressions.Regex.Matches(body, @"[\w']+")
            .Select(m => $"1-{m.Index}\t{m.Index}\t{m.Index + m.Length}");
        var article = new Article { Id = "1", Path = "1.md", Title = "Maersk cuts prices", Date = date, Body = body };
        return new SemEvalCorpus { Documents = [(article, TokenMap.Parse(string.Join('\n', rows)))], Gold = [] };
    }

    private static string DateOf(EntityTimeline timeline, string body, string word) =>
        timeline.Entries.Single(e => e.Token == $"1-{body.IndexOf(word, StringComparison.Ordinal)}").Date;

    [Fact]
    public void A_day_named_by_a_reporting_sentence_dates_the_story_that_follows()
    {
        // The lead tells no dated event of its own (what was announced is planned), but it gives the day.
        const string body = "Maersk cuts prices\n\nMaersk announced on Friday that it will cut its freight prices next year.\n"
            + "Lars Holm also said that the company had hired two hundred sailors.\n";
        var timeline = new EntityTimelineBuilder(Extractor).Build(Corpus(body, new DateOnly(2024, 3, 9)), [("Lars Holm", "lars_holm")]).Single();

        Assert.Equal("2024-03-08", DateOf(timeline, body, "said"));
    }

    [Fact]
    public void A_day_after_the_publication_date_does_not_carry()
    {
        const string body = "Maersk cuts prices\n\nMaersk announced that it will cut its freight prices on Friday.\n"
            + "Lars Holm also said that the company had hired two hundred sailors.\n";
        var timeline = new EntityTimelineBuilder(Extractor).Build(Corpus(body, new DateOnly(2024, 3, 6)), [("Lars Holm", "lars_holm")]).Single();

        Assert.NotEqual("2024-03-08", DateOf(timeline, body, "said"));
    }

    [Fact]
    public void A_year_of_background_does_not_carry()
    {
        const string body = "Maersk cuts prices\n\nLars Holm, the chief executive of Maersk, will step down, the company said.\n"
            + "Lars Holm founded the company in 1994.\nLars Holm has not yet mentioned what prompted his decision.\n";
        var timeline = new EntityTimelineBuilder(Extractor).Build(Corpus(body, new DateOnly(2024, 3, 9)), [("Lars Holm", "lars_holm")]).Single();

        Assert.Equal("1994", DateOf(timeline, body, "founded"));
        Assert.Equal("2024-03-09", DateOf(timeline, body, "mentioned"));
    }
}
