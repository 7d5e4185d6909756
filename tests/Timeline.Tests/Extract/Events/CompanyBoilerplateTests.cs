using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A press release's closing "About the company" block tells no happening.</summary>
public sealed class CompanyBoilerplateTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    [Theory]
    [InlineData("About Norsk Hydro ASA", true)]
    [InlineData("About Acme Labs, Inc.", true)]
    [InlineData("**About Vestas**", true)]
    [InlineData("About 40 people were evacuated.", false)]
    [InlineData("About the author", false)]
    [InlineData("About Maersk, analysts were divided.", false)]
    public void Knows_the_heading_of_the_block(string paragraph, bool heading)
    {
        Assert.Equal(heading, CompanyBoilerplate.IsHeading(paragraph));
    }

    [Fact]
    public void Nothing_from_the_heading_on_is_an_event()
    {
        const string release = "Acme Labs launched a rapid flu test on Monday.\n\nThe test gives a result in ten minutes.\n\n"
            + "About Acme Labs, Inc.\n\nAcme Labs launched a new blood test in 2008.";
        var events = fixture.Extract(release, new DateOnly(2012, 6, 14)).Events;

        var e = Assert.Single(events);
        Assert.Equal("launched", e.Sources[0].Trigger);
        Assert.Equal("2012-06-11", e.Date.Value);
    }
}
