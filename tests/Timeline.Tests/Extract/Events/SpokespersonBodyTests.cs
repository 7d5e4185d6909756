namespace Timeline.Tests.Extract.Events;

/// <summary>A speaker named only by the body they speak for ("a spokeswoman for Maersk") makes that body the source of what is said.</summary>
public sealed class SpokespersonBodyTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("A spokeswoman for Maersk said Lars Holm had visited the port of Aarhus.", "maersk")]
    [InlineData("Lars Holm visited the port of Aarhus, a spokesman for Maersk said.", "maersk")]
    [InlineData("Lars Holm visited the port of Aarhus, said an official at the European Commission.", "european-commission")]
    [InlineData("Two officials from Norway said Lars Holm had visited the port of Aarhus.", "norway")]
    public void The_body_an_unnamed_speaker_speaks_for_takes_part(string text, string body)
    {
        var events = fixture.Extract(text, Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.Contains(body, reported.Actors);
    }

    [Fact]
    public void A_person_a_spokesman_speaks_for_is_not_the_source()
    {
        var events = fixture.Extract("A spokesman for Ida Berg said Lars Holm had visited the port of Aarhus.", Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.DoesNotContain("ida-berg", reported.Actors);
    }

    [Fact]
    public void A_body_that_only_qualifies_another_noun_is_not_the_source()
    {
        var events = fixture.Extract("A spokeswoman for the Maersk pension fund said Lars Holm had visited the port of Aarhus.", Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.DoesNotContain("maersk", reported.Actors);
    }

    [Theory]
    [InlineData("Maersk spokeswoman Ida Berg said Lars Holm had visited the port of Aarhus.", "maersk")]
    [InlineData("Ida Berg, a spokeswoman for Maersk, said Lars Holm had visited the port of Aarhus.", "maersk")]
    [InlineData("Lars Holm visited the port of Aarhus, Nordic Council press secretary Ida Berg said.", "nordic-council")]
    public void A_named_spokesperson_gives_the_body_as_the_source_not_themselves(string text, string body)
    {
        var events = fixture.Extract(text, Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.Contains(body, reported.Actors);
        Assert.DoesNotContain("ida-berg", reported.Actors);
    }

    [Fact]
    public void A_spokesperson_for_a_described_body_is_no_actor_of_what_they_report()
    {
        var events = fixture.Extract("Ida Berg, a spokeswoman for the Danish shipping giant, said Lars Holm had visited the port of Aarhus.", Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.Equal(["lars-holm"], reported.Actors);
    }

    [Fact]
    public void A_named_speaker_who_is_no_spokesperson_still_takes_part()
    {
        var events = fixture.Extract("Maersk chairman Ida Berg said Lars Holm had visited the port of Aarhus.", Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "visited");
        Assert.Contains("ida-berg", reported.Actors);
    }
}
