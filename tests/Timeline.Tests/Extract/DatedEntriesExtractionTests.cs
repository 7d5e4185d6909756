using Timeline.Model;
using Timeline.Tests.Extract.Events;

namespace Timeline.Tests.Extract;

/// <summary>The events of a page of dated entries, or of a story filed in the night, are dated from the day they were written.</summary>
public sealed class DatedEntriesExtractionTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2011, 1, 11);

    [Fact]
    public void An_entry_s_relative_dates_count_from_its_stamp()
    {
        const string page = "Blog: Energy and the Nordic Council.\n\n"
            + "Jul 18, 2010 15:26 UTC Lars Holm met Maersk directors in Aarhus on Friday.";
        var met = fixture.ByTrigger(page, Published, "met");

        Assert.Equal("2010-07-16", met.Date.Value);
    }

    [Fact]
    public void What_an_entry_tells_with_no_date_happened_by_its_day()
    {
        const string page = "Blog: Energy and the Nordic Council.\n\n"
            + "May 12, 2010 12:28 UTC The Nordic Council has banned Maersk tankers from the Vell field.";
        var banned = fixture.ByTrigger(page, Published, "banned");

        Assert.Equal(DateRelation.Before, banned.Date.Relation);
        Assert.Equal(new DateOnly(2010, 5, 12), banned.Date.End);
    }

    [Fact]
    public void A_story_filed_in_the_small_hours_counts_from_the_evening_before()
    {
        const string story = "OSLO | Wed Apr 29, 2009 12:20 am BST OSLO (Wire) - Prime Minister Lars Holm said he would meet Maersk directors in Aarhus on Tuesday.";
        var meet = fixture.ByTrigger(story, new DateOnly(2009, 4, 29), "meet");

        Assert.Equal("2009-04-28", meet.Date.Value);
    }

    [Fact]
    public void A_small_hours_story_carries_its_leads_weekday_to_the_next_paragraph()
    {
        // The lead's "on Monday" is the evening the story was written; the next paragraph tells the same day's news.
        const string story = "OSLO | Tue Apr 28, 2009 12:49 am BST OSLO (Wire) - Storms have killed 14 people in Norway and Maersk moved closer on Monday to closing its Aarhus yard.\n\n"
            + "Maersk cut its dividend to 2 crowns, citing a significantly increased risk to its yards.";
        var cut = fixture.ByTrigger(story, new DateOnly(2009, 4, 28), "cut");

        Assert.Equal("2009-04-27", cut.Date.Value);
        Assert.Equal(DateRelation.On, cut.Date.Relation);
    }

    [Fact]
    public void A_page_without_earlier_stamps_counts_from_its_own_day()
    {
        var met = fixture.ByTrigger("Lars Holm met Maersk directors in Aarhus on Friday.", Published, "met");

        Assert.Equal("2011-01-07", met.Date.Value);
    }
}
