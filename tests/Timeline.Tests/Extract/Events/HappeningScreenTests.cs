using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>Questions, page furniture and over-long run-on text tell no happening; quoted words are someone's, not the article's.</summary>
public sealed class HappeningScreenTests
{
    [Theory]
    [InlineData("The mayor opened the bridge on Monday.")]
    [InlineData("The mayor had opened the bridge by Friday.")]
    [InlineData("By the end of March, the mayor had opened the bridge.")]
    [InlineData("By then the mayor had opened the bridge.")]
    public void An_ordinary_sentence_may_tell_an_event(string sentence)
    {
        Assert.True(HappeningScreen.MayTellEvent(sentence));
    }

    [Theory]
    [InlineData("Did the mayor open the bridge?")]
    [InlineData("Did the mayor open the bridge?  ")]
    [InlineData("")]
    public void A_question_or_an_empty_sentence_tells_no_event(string sentence)
    {
        Assert.False(HappeningScreen.MayTellEvent(sentence));
    }

    [Theory]
    [InlineData("Photograph: The mayor opened the bridge on Monday.")]
    [InlineData("Related: Mayor opens bridge")]
    [InlineData("10.42am GMT: The mayor has opened the bridge.")]
    [InlineData("14:05 BST: The mayor has opened the bridge.")]
    [InlineData("By Anna Larsen in Oslo")]
    public void Page_furniture_tells_no_event(string sentence)
    {
        Assert.False(HappeningScreen.MayTellEvent(sentence));
    }

    [Fact]
    public void A_sentence_of_more_than_seventy_words_tells_no_event()
    {
        var seventy = string.Join(' ', Enumerable.Repeat("word", 70));

        Assert.True(HappeningScreen.MayTellEvent(seventy + "."));
        Assert.False(HappeningScreen.MayTellEvent(seventy + " more."));
    }

    [Fact]
    public void Words_between_straight_quotes_are_in_a_quotation()
    {
        const string sentence = "He said \"we closed the port\" and left.";

        Assert.True(HappeningScreen.InQuotation(sentence, sentence.IndexOf("closed", StringComparison.Ordinal)));
        Assert.False(HappeningScreen.InQuotation(sentence, sentence.IndexOf("left", StringComparison.Ordinal)));
        Assert.False(HappeningScreen.InQuotation(sentence, sentence.IndexOf("said", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Republicans continue to block the inquiry, and the Senate has yet to act,\" he added.")]
    [InlineData("Republicans continue to block the inquiry.” he said.")]
    [InlineData("Republicans continue to block the inquiry,” Holm said, “and the Senate has yet to act.”")]
    public void Words_before_the_close_of_a_quotation_the_sentence_before_opened_are_in_it(string sentence)
    {
        Assert.True(HappeningScreen.InQuotation(sentence, sentence.IndexOf("block", StringComparison.Ordinal)));
        Assert.False(HappeningScreen.InQuotation(sentence, sentence.IndexOf("said", StringComparison.Ordinal) is var said and >= 0 ? said : sentence.IndexOf("added", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Republicans blocked the inquiry, the senator said, calling it \"a farce\".")]
    [InlineData("Republicans blocked what Holm called a \"farce.\"")]
    [InlineData("Holm said Republicans blocked the inquiry and \"we will not stop there.")]
    public void Words_before_a_quotation_that_opens_and_closes_after_them_are_not_in_one(string sentence)
    {
        Assert.False(HappeningScreen.InQuotation(sentence, sentence.IndexOf("blocked", StringComparison.Ordinal)));
    }

    [Fact]
    public void Words_between_curly_quotes_are_in_a_quotation()
    {
        const string sentence = "He said “we closed the port” and left.";

        Assert.True(HappeningScreen.InQuotation(sentence, sentence.IndexOf("closed", StringComparison.Ordinal)));
        Assert.False(HappeningScreen.InQuotation(sentence, sentence.IndexOf("left", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Denmark has been accused in the past of acting too slowly", true)]
    [InlineData("In the past, the agency defined a pandemic by its deaths", true)]
    [InlineData("Until very recently, the ferry line ran a night service to Aarhus", true)]
    [InlineData("Until recently the agency sent its reports by fax", true)]
    [InlineData("Denmark closed 40 schools in the past week", false)]
    [InlineData("Police made 12 arrests in the past 24 hours", false)]
    [InlineData("Denmark closed 40 schools on Monday", false)]
    [InlineData("The last time Dr Holm gave the drug was 1040 on 25 June", true)]
    [InlineData("The last time that Maersk suspended a dividend was during World War II", true)]
    [InlineData("The first time the ferry sailed was in 1990", true)]
    [InlineData("Maersk suspended its dividend for the first time since the war", false)]
    public void Background_placed_at_no_time_is_told_apart_from_a_recent_span(string clause, bool background)
    {
        Assert.Equal(background, HappeningScreen.IsBackground(clause));
    }

    [Theory]
    [InlineData("He covered the shipping sector for three years", true)]
    [InlineData("Lars Holm spent 20 years at Maersk", true)]
    [InlineData("Ida Berg has spent more than ten years as an inspector", true)]
    [InlineData("Lars Holm spent three weeks in Aarhus", false)]
    [InlineData("Maersk spent $20 million on the yard", false)]
    public void A_span_of_years_tells_a_career_not_a_happening(string clause, bool spans)
    {
        Assert.Equal(spans, HappeningScreen.SpansYears(clause));
    }
}
