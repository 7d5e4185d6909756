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
}
