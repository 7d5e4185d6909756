using Timeline.Summarize;

namespace Timeline.Tests.Summarize;

public sealed class SentenceShapeTests
{
    [Theory]
    [InlineData("The ferry company cancelled all crossings to the island until the storm passed.", true)]
    [InlineData("It cancelled all crossings to the island until the storm had passed.", false)]
    [InlineData("But the ferry company cancelled all crossings to the island until the storm passed.", false)]
    [InlineData("\"We cancelled every crossing to the island until the storm passed,\" he said.", false)]
    [InlineData("Ferry crossings cancelled.", false)]
    [InlineData("Will the ferry company cancel all crossings to the island before the storm?", false)]
    [InlineData("FERRY COMPANY CANCELS ALL CROSSINGS TO THE ISLAND UNTIL THE STORM PASSES.", false)]
    [InlineData("Ferry company cancels all crossings to the island until the storm passes", false)]
    public void Tells_a_sentence_that_stands_alone(string text, bool standsAlone) => Assert.Equal(standsAlone, SentenceShape.StandsAlone(text));

    [Fact]
    public void Measures_the_quoted_share()
    {
        Assert.Equal(0, SentenceShape.QuotedShare("No quotation here."));
        Assert.True(SentenceShape.QuotedShare("He said \"we will rebuild the whole harbour wall\" today.") > 0.5);
    }

    [Theory]
    [InlineData("HOUSTON, May 27 (Reuters) - The well was capped.", "The well was capped.")]
    [InlineData("WASHINGTON (AP) -- The bill passed.", "The bill passed.")]
    [InlineData("The well (Macondo) - a deep one - was capped.", "The well (Macondo) - a deep one - was capped.")]
    [InlineData("Friday, May 28, 2010; 4:37 PM A second plume was found.", "A second plume was found.")]
    [InlineData("May 28, 2010 was the day a second plume was found.", "May 28, 2010 was the day a second plume was found.")]
    [InlineData("June 07, 2011 At the harbour, the council opened a new wall.", "At the harbour, the council opened a new wall.")]
    [InlineData("7 June 2011 The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("June 7, 2011, the council opened a new wall.", "June 7, 2011, the council opened a new wall.")]
    public void Cuts_a_wire_dateline(string text, string rest) => Assert.Equal(rest, text[Datelines.Length(text)..]);
}
