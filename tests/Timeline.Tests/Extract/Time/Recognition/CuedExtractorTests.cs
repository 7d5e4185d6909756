using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>An extractor behind a cue is asked only about text holding the cue, and answers as itself when asked.</summary>
public sealed class CuedExtractorTests
{
    private static readonly DateTime Reference = new(2010, 5, 20);

    [Fact]
    public void Text_without_the_cue_finds_nothing_without_asking_the_extractor()
    {
        var counting = new CountingExtractor();
        var cued = new CuedExtractor(counting, Cues.Recurring());

        var found = cued.Extract("The ferry sailed on Monday.", Reference);

        Assert.Empty(found);
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public void Text_with_the_cue_gets_the_extractors_own_answer()
    {
        var counting = new CountingExtractor();
        var cued = new CuedExtractor(counting, Cues.Recurring());

        var found = cued.Extract("The ferry sails every Monday.", Reference);

        Assert.Equal(1, counting.Calls);
        Assert.Equal("every Monday.", Assert.Single(found).Text);
    }

    [Theory]
    [InlineData("every week")]
    [InlineData("the everyday chores")]
    [InlineData("a bi-weekly meeting")]
    [InlineData("open Sundays")]
    [InlineData("paid annually")]
    public void Recurring_cues_hold_the_words_of_recurring_times(string text)
    {
        Assert.Matches(Cues.Recurring(), text);
    }

    [Theory]
    [InlineData("at 10 p.m.")]
    [InlineData("at seven")]
    [InlineData("Sunday AM")]
    [InlineData("earlier Friday")]
    [InlineData("the rest of the day")]
    [InlineData("right now")]
    [InlineData("at this time")]
    public void Time_of_day_cues_hold_the_words_of_times_of_day(string text)
    {
        Assert.Matches(Cues.TimeOfDay(), text);
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("in March")]
    [InlineData("on Tuesday")]
    public void Dates_without_a_time_hold_no_time_of_day_cue(string text)
    {
        Assert.DoesNotMatch(Cues.TimeOfDay(), text);
    }

    [Theory]
    [InlineData("for 3hrs")]
    [InlineData("within 10d")]
    [InlineData("a fortnight")]
    [InlineData("two centuries")]
    public void Duration_cues_hold_a_unit_of_time(string text)
    {
        Assert.Matches(Cues.Duration(), text);
    }

    private sealed class CountingExtractor : IDateTimeExtractor
    {
        public int Calls { get; private set; }

        public List<ExtractResult> Extract(string input, DateTime reference) => Extract(input);

        public List<ExtractResult> Extract(string input)
        {
            Calls++;
            var at = input.IndexOf("every", StringComparison.Ordinal);
            return at < 0 ? [] : [new ExtractResult { Start = at, Length = input.Length - at, Text = input[at..], Type = "datetimeV2.set" }];
        }
    }
}
