using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>A page of entries stamped with earlier days: each entry counts its relative dates from its own day.</summary>
public sealed class DatedEntriesTests
{
    private static readonly DateOnly Published = new(2011, 1, 11);

    private const string Page = "Blog: Energy and the Nordic Council.\n\n"
        + "Jul 18, 2010 15:26 UTC After a week away, Lars Holm will meet Maersk directors in the coming week.\n\n"
        + "He flew home on Friday.\n\n"
        + "Take a look at the video: Jun 9, 2010 20:27 UTC Maersk shut the Vell pipeline on Monday.";

    [Fact]
    public void Each_stamp_that_opens_an_entry_starts_one_written_on_its_day()
    {
        var entries = DatedEntries.Find(Page, Published);

        Assert.Equal([new DateOnly(2010, 7, 18), new DateOnly(2010, 6, 9)], entries.Select(e => e.Day));
        Assert.Equal(Page.IndexOf("Jul 18", StringComparison.Ordinal), entries[0].Start);
        Assert.Equal(Page.IndexOf("Jun 9", StringComparison.Ordinal), entries[1].Start);
    }

    [Theory]
    [InlineData("Lars Holm said on Jul 18, 2010 15:26 UTC that Maersk would pay.")]
    [InlineData("Jan 11, 2011 09:00 UTC Lars Holm said Maersk would pay.")]
    [InlineData("Jan 12, 2011 09:00 UTC Lars Holm said Maersk would pay.")]
    public void A_stamp_inside_a_sentence_or_of_the_page_s_own_day_or_later_makes_no_entries(string text)
    {
        Assert.Empty(DatedEntries.Find(text, Published));
    }

    [Fact]
    public void An_undated_page_has_no_entries()
    {
        Assert.Empty(DatedEntries.Find(Page, null));
    }
}
