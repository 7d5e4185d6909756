namespace Timeline.Tests.Extract.Events;

/// <summary>Which of a clause's times dates its event; tested through the whole extractor.</summary>
public sealed class EventDatingTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    // A Friday.
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Maersk late Thursday night sold the Vell Star rig to Holm Drilling.")]
    [InlineData("Late Thursday night, Maersk sold the Vell Star rig to Holm Drilling.")]
    public void A_day_read_apart_from_its_part_of_the_day_dates_the_event(string sentence)
    {
        // "late Thursday" and "night" are two readings; the night is Thursday's, not the article's.
        var sale = fixture.ByTrigger(sentence, Published, "sold");
        Assert.Equal("2024-03-14", sale.Date.Value);
    }

    [Fact]
    public void A_part_of_the_day_alone_is_the_article_s_day()
    {
        var sale = fixture.ByTrigger("Maersk sold the Vell Star rig to Holm Drilling in the morning.", Published, "sold");
        Assert.Equal("2024-03-15", sale.Date.Value);
    }
}
