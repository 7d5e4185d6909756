using Microsoft.Recognizers.Text;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>The date extractor's number extractors are asked only about text holding a digit or a number word.</summary>
public sealed class CuedNumbersTests
{
    [Fact]
    public void Text_without_a_number_finds_nothing_without_asking_the_extractor()
    {
        var counting = new CountingExtractor();
        var cued = new CuedNumbers(counting, Cues.Integers());

        var found = cued.Extract("the talks ended last week in march");

        Assert.Empty(found);
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public void Text_with_a_number_gets_the_extractors_own_answer()
    {
        var counting = new CountingExtractor();
        var cued = new CuedNumbers(counting, Cues.Integers());

        var found = cued.Extract("the talks ended on march 3");

        Assert.Equal(1, counting.Calls);
        Assert.Single(found);
    }

    [Theory]
    [InlineData("on march 3")]
    [InlineData("twenty-one days")]
    [InlineData("sixteen weeks")]
    [InlineData("a hundred years")]
    [InlineData("half a dozen times")]
    [InlineData("thirteen")]
    [InlineData("fifty")]
    [InlineData("nought")]
    public void Integer_cues_hold_digits_and_number_words(string text)
    {
        Assert.Matches(Cues.Integers(), text);
    }

    [Theory]
    [InlineData("the 21st")]
    [InlineData("the twenty-first of may")]
    [InlineData("the thirteenth")]
    [InlineData("the twentieth")]
    [InlineData("the ninth")]
    [InlineData("the one hundredth day")]
    public void Ordinal_cues_hold_digits_and_ordinal_words(string text)
    {
        Assert.Matches(Cues.Ordinals(), text);
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("the next month")]
    [InlineData("on tuesday in march")]
    public void Dates_without_a_number_hold_no_number_cue(string text)
    {
        Assert.DoesNotMatch(Cues.Integers(), text);
        Assert.DoesNotMatch(Cues.Ordinals(), text);
    }

    private sealed class CountingExtractor : IExtractor
    {
        public int Calls { get; private set; }

        public List<ExtractResult> Extract(string input)
        {
            Calls++;
            var at = input.IndexOf('3', StringComparison.Ordinal);
            return at < 0 ? [] : [new ExtractResult { Start = at, Length = 1, Text = "3", Type = "builtin.num.integer" }];
        }
    }
}
