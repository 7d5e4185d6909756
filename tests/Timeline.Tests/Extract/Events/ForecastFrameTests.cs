using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A step to come that the speaker rates as likely or possible is a forecast; one the speaker announces is a plan.</summary>
public sealed class ForecastFrameTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Ida Berg said it is increasingly likely that Maersk will suspend its dividend.")]
    [InlineData("Ida Berg has said it was possible that Maersk would sell the Aarhus terminal.")]
    public void A_step_rated_as_likely_is_a_forecast_not_a_plan(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Fact]
    public void A_step_the_speaker_announces_is_a_plan()
    {
        var e = Assert.Single(fixture.Extract("Maersk said it would sell the Aarhus terminal.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_rating_inside_the_reported_clause_does_not_make_a_plan_a_forecast()
    {
        var e = Assert.Single(fixture.Extract("Maersk said it will sell the likely loss-making Aarhus terminal.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
    }
}
