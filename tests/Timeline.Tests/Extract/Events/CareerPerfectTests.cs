namespace Timeline.Tests.Extract.Events;

/// <summary>"He has advised on the SARS epidemic": a career so far, told to say who someone is, is no happening.</summary>
public sealed class CareerPerfectTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private const string Lead = "Ida Berg is a risk expert at Aarhus University. ";

    [Theory]
    [InlineData("She has advised on the SARS epidemic as well as bird flu and she says the authorities can get it wrong.", "advised")]
    [InlineData("Ida Berg has written about the shipping industry for the Nordic Council.", "written")]
    [InlineData("She has served as an adviser to Maersk and the Nordic Council.", "served")]
    public void The_present_perfect_of_a_working_life_with_its_field_is_no_event(string sentence, string trigger)
    {
        Assert.DoesNotContain(fixture.Extract(Lead + sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Maersk has advised residents to leave Aarhus.", "advised")]
    [InlineData("Ida Berg has advised on the Maersk deal this week.", "advised")]
    [InlineData("Ida Berg has advised Maersk on the deal.", "advised")]
    public void An_object_or_a_time_of_its_own_stays(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(Lead + sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }
}
