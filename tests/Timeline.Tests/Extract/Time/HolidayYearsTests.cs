using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>A holiday named without its year is the year its sentence or the one before names, else the document's.</summary>
public sealed class HolidayYearsTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private static readonly DateOnly Dct = new(2012, 6, 14);

    private Timex3 Holiday(string text, string words)
    {
        var all = TimexAnnotator.Annotate(text, Dct, fixture.Tagger.Tag(text, Dct));
        var found = all.FirstOrDefault(t => t.Text == words);
        Assert.True(found is not null, $"'{words}' not annotated in '{text}'; got: {string.Join(" | ", all.Select(t => $"{t.Text}={t.Value}"))}");
        return found;
    }

    [Theory]
    [InlineData(2012, 4, 8)]
    [InlineData(1967, 3, 26)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    public void Counts_easter_sunday(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), HolidayYears.Easter(year));
    }

    [Fact]
    public void Easter_in_a_passage_about_another_year_is_that_year_s()
    {
        var easter = Holiday("The ferry sank off Jersey in 1981. The minister had planned to spend Easter on the island.", "Easter");

        Assert.Equal("1981-04-19", easter.Value);
    }

    [Fact]
    public void A_fixed_feast_keeps_its_day_in_the_year_its_sentence_names()
    {
        var christmas = Holiday("In 1994 the mine closed at Christmas.", "Christmas");

        Assert.Equal("1994-12-25", christmas.Value);
    }

    [Fact]
    public void A_holiday_with_no_other_year_near_it_stays_in_the_document_s_year()
    {
        var easter = Holiday("The ferry sank off Jersey in 1981. Nobody died. The minister will spend Easter on the island.", "Easter");

        Assert.StartsWith("2012", easter.Value, StringComparison.Ordinal);
    }
}
