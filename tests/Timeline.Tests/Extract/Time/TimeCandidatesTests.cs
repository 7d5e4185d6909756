using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>Only the parts of a sentence that can hold a time expression reach the recogniser.</summary>
public sealed class TimeCandidatesTests
{
    private static List<string> Windows(string text) => [.. TimeCandidates.Windows(text).Select(w => text.Substring(w.From, w.Length))];

    [Theory]
    [InlineData("The minister said the plan would cost $3.5 billion and affect 42 percent of farms.")]
    [InlineData("Officials may meet the delegation if the weather allows it.")]
    [InlineData("He sat in the sun and wed his partner.")]
    public void A_sentence_without_a_time_word_or_a_time_shaped_number_has_no_window(string sentence)
    {
        Assert.Empty(Windows(sentence));
    }

    [Fact]
    public void A_time_word_is_read_with_four_words_either_side()
    {
        const string Sentence = "After a long debate the committee finally agreed on Wednesday to send the bill to the full Senate.";

        Assert.Equal(["committee finally agreed on Wednesday to send the bill"], Windows(Sentence));
    }

    [Fact]
    public void Windows_that_meet_merge_so_a_range_stays_whole()
    {
        const string Sentence = "Prices rose sharply between 1990 and 1995, analysts at the bank said in a report published much later.";

        var windows = Windows(Sentence);

        Assert.Equal(2, windows.Count);
        Assert.Contains("between 1990 and 1995,", windows[0], StringComparison.Ordinal);
        Assert.EndsWith("published much later.", windows[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It was founded in the 1990s by three engineers.", "1990s")]
    [InlineData("The shop opens at 10:30 with a ceremony.", "10:30")]
    [InlineData("Results for Q3 were weaker than expected.", "Q3")]
    [InlineData("The vote is set for May after a long delay.", "May")]
    [InlineData("Sales fell in the third quarter of the fiscal period.", "quarter")]
    [InlineData("The treaty was signed 3/4/2009 in the capital.", "3/4/2009")]
    public void Time_shaped_numbers_and_capitalised_abbreviations_open_a_window(string sentence, string word)
    {
        Assert.Contains(Windows(sentence), w => w.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void The_tagger_finds_the_same_expressions_through_the_windows()
    {
        const string Text = "Li Shangfu, who spent 42 percent of his budget on drills, arrived in Minsk on Wednesday. " +
            "Talks are planned for next year, two weeks after the vote of 18 August 2023.";

        var mentions = new TemporalTagger().Tag(Text, new DateOnly(2023, 8, 18)).Select(m => m.Text).ToList();

        Assert.Equal(["Wednesday", "next year", "two weeks", "18 August 2023"], mentions);
    }
}
