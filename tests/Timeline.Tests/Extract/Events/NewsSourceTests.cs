using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A news outlet that reports a happening takes no part in it; a speaker who acts does.</summary>
public sealed class NewsSourceTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("State news agency NTB said Norway had closed the port of Bergen on Monday.")]
    [InlineData("Reuters reported that Norway had closed the port of Bergen on Monday.")]
    public void A_news_outlet_reporting_is_no_actor(string sentence)
    {
        var e = Assert.Single(fixture.Extract(sentence, Published).Events);
        Assert.Equal(["norway"], e.Actors);
    }

    [Fact]
    public void A_speaker_who_acts_stays_an_actor()
    {
        var e = Assert.Single(fixture.Extract("Maersk said Norway had closed the port of Bergen on Monday.", Published).Events);
        Assert.Contains("maersk", e.Actors);
    }

    [Theory]
    [InlineData(new[] { "the", "daily", "Aftenposten" }, null, true)]
    [InlineData(new[] { "a", "Maersk", "spokesman" }, new[] { "Maersk" }, false)]
    [InlineData(new[] { "Reuters" }, new[] { "Reuters" }, true)]
    [InlineData(new[] { "CNBC" }, new[] { "CNBC" }, true)]
    [InlineData(new[] { "the", "Wall", "Street", "Journal" }, new[] { "Wall Street Journal" }, true)]
    [InlineData(new[] { "The", "Guardian", "'s", "Ida", "Berg" }, new[] { "Ida Berg" }, true)]
    [InlineData(new[] { "the", "Vell", "Herald", "'s", "correspondent" }, null, true)]
    [InlineData(new[] { "Maersk", "'s", "Ida", "Berg" }, new[] { "Ida Berg" }, false)]
    [InlineData(new[] { "the", "guardian", "'s", "lawyer" }, null, false)]
    public void Media_is_told_by_a_noun_or_an_outlet_s_name(string[] words, string[]? names, bool media)
    {
        Assert.Equal(media, NewsSource.IsMedia(words, 0, words.Length, names));
    }

    [Fact]
    public void A_papers_reporter_passing_the_news_on_is_no_actor()
    {
        var e = Assert.Single(fixture.Extract("The Vell Herald's Ida Berg says Norway has closed the port of Bergen.", Published).Events);
        Assert.DoesNotContain(e.Actors, a => a.Contains("berg", StringComparison.Ordinal) && a != "bergen");
        Assert.Contains("norway", e.Actors);
    }
}
