using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>A live blog put out the day after it ran is dated by the day its opening names; other texts keep their date.</summary>
public sealed class LiveBlogDayTests
{
    // A Friday.
    private static readonly DateOnly Published = new(2011, 9, 16);

    private const string Entries = " 3.05pm: Maersk says the Vell pipeline is shut. 4.10pm BST: Lars Holm arrives in Aarhus."
        + " 6pm CDT: Komatsu confirms the order.";

    [Theory]
    [InlineData("All Thursday's live updates as they happened. Maersk began the repair yesterday.", "2011-09-15")]
    [InlineData("Read Tuesday's live blog here.", "2011-09-13")]
    public void A_live_blog_is_of_the_day_its_opening_names(string opening, string day)
    {
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), LiveBlogDay.Covered(opening + Entries, Published));
    }

    [Theory]
    [InlineData("All Friday's live updates as they happened." + Entries)]
    [InlineData("All Thursday's live updates as they happened. Maersk shut the Vell pipeline on Thursday.")]
    [InlineData("Maersk shut the Vell pipeline on Thursday." + Entries)]
    public void Keeps_the_date_of_a_text_that_is_no_blog_of_an_earlier_day(string text)
    {
        Assert.Null(LiveBlogDay.Covered(text, Published));
    }
}
