namespace Timeline.Tests.Extract.Events;

/// <summary>A country that is only where something goes to or comes from is a place, not a party to the event.</summary>
public sealed class MotionEndpointTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Norway sent a rescue plane to Chile on Monday.")]
    [InlineData("Peru suspended all flights to and from Chile on Monday.")]
    [InlineData("Norway urged its citizens to leave Chile on Tuesday.")]
    [InlineData("Norway evacuated its diplomats from Chile on Monday.")]
    [InlineData("Norway flew its diplomats out of Chile on Monday.")]
    public void The_end_of_a_journey_is_no_actor(string body)
    {
        var e = Assert.Single(fixture.Extract(body, Published).Events);

        Assert.DoesNotContain("chile", e.Actors);
    }

    [Fact]
    public void A_country_addressed_dealt_with_or_sent_goods_takes_part_where_one_only_travelled_to_does_not()
    {
        var travelled = Assert.Single(fixture.Extract("Norway sent a rescue team to Chile on Monday.", Published).Events);
        var addressed = new[]
            {
                "Norway apologised to Chile on Monday.", "Norway sent a letter to Chile on Monday.", "Norway signed a treaty with Chile on Monday.",
                "Norway sent test kits to Chile on Monday.", "Norway sent medicines to Chile on Monday.",
            }
            .Select(body => Assert.Single(fixture.Extract(body, Published).Events));

        Assert.DoesNotContain("chile", travelled.Actors);
        Assert.All(addressed, e => Assert.Contains("chile", e.Actors));
    }
}
