using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>An opening "When ..." clause is background to its main clause, which tells the event.</summary>
public sealed class OpeningWhenTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2012, 6, 14);

    [Theory]
    [InlineData("When Lars Holm took office, he inherited a large debt.", "When Lars Holm took office, ")]
    [InlineData("\"When Maersk bought the yard in 1998, Holm moved to Aarhus.", "\"When Maersk bought the yard in 1998, ")]
    [InlineData("When will Maersk reopen the port?", "")]
    [InlineData("Lars Holm resigned when the board met.", "")]
    public void Finds_the_opening_clause_up_to_its_comma(string sentence, string opening)
    {
        Assert.Equal(opening.Length, OpeningWhen.Length(sentence));
    }

    [Fact]
    public void The_main_clause_tells_the_event_with_the_time_of_the_when_clause()
    {
        var e = Assert.Single(fixture.Extract("When Lars Holm took office in 2005, he inherited a large debt.", Published).Events);

        Assert.Equal("inherited", e.Sources[0].Trigger);
        Assert.Equal("2005", e.Date.Value);
    }

    [Fact]
    public void A_name_after_the_when_clauses_verb_is_not_the_main_clauses_he()
    {
        var events = fixture.Extract("When the doctor took money from Lars Holm, he began to break his oath.", Published).Events;

        Assert.DoesNotContain(events, e => e.Title.StartsWith("Lars Holm", StringComparison.Ordinal));
    }
}
