using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>The writer speaking in the first person is an aside of the page, not a happening of the story.</summary>
public sealed class WriterAsideTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool IsAside(string clause)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        return WriterAside.IsAside(words, tags, k => words.Take(k).Count(w => w == "\"") % 2 == 1);
    }

    [Theory]
    [InlineData("Lars Holm has sent me a link to the report")]
    [InlineData("As we reported yesterday, Maersk closed the port")]
    [InlineData("I spoke to the harbour master")]
    public void A_first_person_outside_quotes_is_an_aside(string clause)
    {
        Assert.True(IsAside(clause));
    }

    [Theory]
    [InlineData("Maersk closed the port")]
    [InlineData("Lars Holm said \" we will close the port \"")]
    [InlineData("The US closed the port")]
    [InlineData("World War I veterans marched in Oslo")]
    public void Quoted_speech_the_country_and_a_numeral_are_no_aside(string clause)
    {
        Assert.False(IsAside(clause));
    }

    [Fact]
    public void An_aside_gives_no_event()
    {
        Assert.Empty(fixture.Extract("Lars Holm has sent me a link to a report by the Nordic Council.", Published).Events);
        Assert.NotEmpty(fixture.Extract("Lars Holm sent a report to the Nordic Council on Monday.", Published).Events);
    }

    [Theory]
    [InlineData("Take as an example when Vellmark declared that it had beaten the rebels.", true)]
    [InlineData("Consider the case of Lars Holm, who sold the yard.", true)]
    [InlineData("Remember when Maersk closed the Aarhus yard?", true)]
    [InlineData("\"Take as an example when Vellmark declared victory,\" Holm said.", false)]
    [InlineData("Take-up of the vaccine was slow.", false)]
    [InlineData("Maersk took as an example the Aarhus yard.", false)]
    public void A_sentence_that_bids_the_reader_brings_in_the_writers_example(string sentence, bool aside)
    {
        Assert.Equal(aside, WriterAside.AddressesReader(sentence));
    }
}
