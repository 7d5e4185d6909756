using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>A phrase that joins an expression from the left is found by reading only the words just before it.</summary>
public sealed class TimexExtentTests
{
    private static readonly string LongLead = string.Concat(Enumerable.Repeat("Officials met again and talked for hours. ", 300));

    [Theory]
    [InlineData("Output should recover by ", "the end of 1990", "1990")]
    [InlineData("Prices rose sharply in ", "the early 1990s", "1990s")]
    [InlineData("The plant made ", "a little more than three weeks", "three weeks")]
    [InlineData("Sales fell in ", "the first half of 1991", "1991")]
    public void A_period_part_or_approximator_after_a_long_text_joins_the_expression(string lead, string expected, string found)
    {
        var text = LongLead + lead + expected + ".";
        var mention = new TimeMention { Start = text.LastIndexOf(found, StringComparison.Ordinal), Text = found, Kind = "date" };

        var adjusted = TimexExtent.Adjust(text, mention);

        Assert.Equal(expected, adjusted.Text);
        Assert.Equal(text.LastIndexOf(expected, StringComparison.Ordinal), adjusted.Start);
    }

    [Fact]
    public void The_end_of_a_longer_word_is_no_article()
    {
        var text = LongLead + "They had to bathe end of 1990 supplies.";
        var mention = new TimeMention { Start = text.LastIndexOf("1990", StringComparison.Ordinal), Text = "1990", Kind = "date" };

        Assert.Equal("end of 1990", TimexExtent.Adjust(text, mention).Text);
    }

    [Fact]
    public void The_words_read_before_start_after_white_space_and_cover_the_longest_phrase()
    {
        const string Text = "x y z  a little more than three";
        var from = TimexExtent.WordsBefore(Text, Text.IndexOf("three", StringComparison.Ordinal));

        Assert.True(from == 0 || char.IsWhiteSpace(Text[from - 1]));
        Assert.Contains("a little more than ", Text[from..], StringComparison.Ordinal);
    }
}
