using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>A wire story stamped in the small hours of its date was written the day before; other stamps keep the date.</summary>
public sealed class SmallHoursStampTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2009, 4, 29);

    [Theory]
    [InlineData("OSLO | Wed Apr 29, 2009 12:20 am BST OSLO (Wire) - Maersk closed the port on Tuesday.")]
    [InlineData("AARHUS | Wednesday, April 29, 2009 2:05 a.m. EDT AARHUS (Wire) - Lars Holm will meet Ida Berg on Tuesday.")]
    public void A_stamp_in_the_small_hours_of_the_article_s_date_means_the_evening_before(string text)
    {
        Assert.Equal(new DateOnly(2009, 4, 28), SmallHoursStamp.WrittenOn(text, Published));
    }

    [Theory]
    [InlineData("OSLO | Wed Apr 29, 2009 9:20 am BST OSLO (Wire) - Maersk closed the port on Tuesday.")]
    [InlineData("OSLO | Wed Apr 29, 2009 12:20 pm BST OSLO (Wire) - Maersk closed the port on Tuesday.")]
    [InlineData("OSLO | Tue Apr 28, 2009 12:20 am BST OSLO (Wire) - Maersk closed the port on Tuesday.")]
    [InlineData("OSLO | Mon Apr 27, 2009 12:20 am BST OSLO (Wire) - Maersk said it would close the port last week.")]
    [InlineData("Maersk closed the port on Tuesday. The notice was posted on Wed Apr 29, 2009 12:20 am BST, long after the port had shut.")]
    public void A_stamp_later_in_the_day_of_another_date_or_not_opening_the_text_keeps_the_date(string text)
    {
        var published = text.Contains("Mon Apr 27", StringComparison.Ordinal) ? new DateOnly(2009, 4, 27) : Published;
        Assert.Null(SmallHoursStamp.WrittenOn(text, published));
    }
}
