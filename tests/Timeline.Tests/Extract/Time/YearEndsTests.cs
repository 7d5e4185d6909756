using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>"By year-end" is the end of the document's year; text without such a phrase is not searched.</summary>
public sealed class YearEndsTests
{
    private static readonly DateOnly Date = new(1998, 3, 5);

    [Theory]
    [InlineData("Sales should recover by year-end.", "year-end", "1998", "END")]
    [InlineData("The plant closes at the year's end.", "the year's end", "1998", "END")]
    [InlineData("Prices have risen since year end.", "year end", "1997", "END")]
    [InlineData("It will be finished around year-end.", "around year-end", "1998", "APPROX")]
    public void Finds_the_end_of_the_year_after_a_preposition(string text, string expected, string value, string mod)
    {
        var found = Assert.Single(YearEnds.Find(text, Date));

        Assert.Equal((expected, value, mod), (found.Text, found.Value, found.Mod));
    }

    [Theory]
    [InlineData("Year-end bonuses were cut.")]
    [InlineData("The year ended well and the year-ender party was held.")]
    [InlineData("Profits rose this year.")]
    public void Finds_nothing_where_no_year_end_is_named(string text)
    {
        Assert.Empty(YearEnds.Find(text, Date));
    }

    [Theory]
    [InlineData("Profits rose this year and the year before.", false)]
    [InlineData("Year-End bonuses", false)]
    [InlineData("by year-end", true)]
    [InlineData("at the year's end", true)]
    [InlineData("since year end", true)]
    public void Only_text_naming_a_year_end_is_searched(string text, bool searched)
    {
        Assert.Equal(searched, YearEnds.Mentions(text));
    }
}
