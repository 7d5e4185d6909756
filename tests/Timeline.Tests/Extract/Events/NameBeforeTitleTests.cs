namespace Timeline.Tests.Extract.Events;

/// <summary>"Holm choreographer Ida Berg": a person's name before another person's title says whose that person is; it takes no part.</summary>
public sealed class NameBeforeTitleTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nSinger Lars Holm died last month.\n\n";

    [Theory]
    [InlineData("On Tuesday the court heard evidence from Holm choreographer Ida Berg.", "heard")]
    [InlineData("Maersk hired Holm choreographer Ida Berg on Monday.", "hired")]
    [InlineData("Police interviewed Holm personal physician Ida Berg on Monday.", "interviewed")]
    public void The_name_before_the_title_takes_no_part(string sentence, string trigger)
    {
        var reported = fixture.ByTrigger(Lead + sentence, Published, trigger);

        Assert.DoesNotContain("lars-holm", reported.Actors);
        Assert.Contains("ida-berg", reported.Actors);
    }

    [Fact]
    public void The_title_keeps_the_name_before_the_title_as_written()
    {
        var reported = fixture.ByTrigger(Lead + "Maersk hired Holm choreographer Ida Berg on Monday.", Published, "hired");

        Assert.Equal("Maersk hired Holm choreographer Ida Berg", reported.Title);
    }

    [Theory]
    [InlineData("On Tuesday the court heard evidence from Holm and choreographer Ida Berg.", "heard")]
    [InlineData("On Tuesday the court heard evidence from Holm's choreographer and from Ida Berg.", "heard")]
    [InlineData("On Monday Ida Berg met Holm choreographer Jens Vell and Holm himself.", "met")]
    public void A_name_that_is_no_modifier_takes_part(string sentence, string trigger)
    {
        var reported = fixture.ByTrigger(Lead + sentence, Published, trigger);

        Assert.Contains("lars-holm", reported.Actors);
    }
}
