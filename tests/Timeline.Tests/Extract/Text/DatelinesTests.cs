using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

/// <summary>Where a story's first sentence starts after its dateline.</summary>
public sealed class DatelinesTests
{
    [Theory]
    [InlineData("HOUSTON, May 27 (Reuters) - The well was capped.", "The well was capped.")]
    [InlineData("WASHINGTON (AP) -- The bill passed.", "The bill passed.")]
    [InlineData("The well (Macondo) - a deep one - was capped.", "The well (Macondo) - a deep one - was capped.")]
    [InlineData("Friday, May 28, 2010; 4:37 PM A second plume was found.", "A second plume was found.")]
    [InlineData("May 28, 2010 was the day a second plume was found.", "May 28, 2010 was the day a second plume was found.")]
    [InlineData("June 07, 2011 At the harbour, the council opened a new wall.", "At the harbour, the council opened a new wall.")]
    [InlineData("7 June 2011 The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("June 7, 2011, the council opened a new wall.", "June 7, 2011, the council opened a new wall.")]
    [InlineData("AARHUS -- The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("AP AARHUS -- The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("VELL HARBOUR, Jutland \u2014 The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("MAERSK - the shipping firm - opened a new wall.", "MAERSK - the shipping firm - opened a new wall.")]
    [InlineData("UN -- the body -- met.", "UN -- the body -- met.")]
    [InlineData("AARHUS - The council opened a new wall.", "The council opened a new wall.")]
    [InlineData("NEW YORK - Maersk filed for bankruptcy protection.", "Maersk filed for bankruptcy protection.")]
    [InlineData("VELL - The council opened a new wall.", "VELL - The council opened a new wall.")]
    [InlineData("IDA BERG - FIRST VICTIM Ida Berg fell ill.", "IDA BERG - FIRST VICTIM Ida Berg fell ill.")]
    public void Cuts_a_wire_dateline(string text, string rest) => Assert.Equal(rest, text[Datelines.Length(text)..]);
}
