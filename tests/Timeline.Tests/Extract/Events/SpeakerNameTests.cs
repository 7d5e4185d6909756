namespace Timeline.Tests.Extract.Events;

/// <summary>The one who says what is reported takes part, also when the words before the reporting verb are more than a name.</summary>
public sealed class SpeakerNameTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Yesterday, Maersk's chairman Lars Holm said Ida Berg had been removed from her post.", "lars-holm")]
    [InlineData("In Oslo, a rainy city, Lars Holm told a news conference that Maersk had sold its tanker fleet to Norway.", "lars-holm")]
    [InlineData("But Lars Holm said Maersk had sold its tanker fleet to Norway.", "lars-holm")]
    [InlineData("Ida Berg wrote that Lars Holm told her Maersk had sold its tanker fleet to Norway.", "lars-holm")]
    public void A_name_right_before_the_reporting_verb_is_the_speaker(string text, string speaker)
    {
        var events = fixture.Extract("Maersk is a shipping company based in Copenhagen. " + text, Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger is "removed" or "sold");
        Assert.Contains(speaker, reported.Actors);
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_speaker()
    {
        var events = fixture.Extract("Maersk is a shipping company based in Copenhagen. Yesterday, a spokesman for Lars Holm said Ida Berg had been removed from her post.", Published).Events;
        Assert.DoesNotContain(events, e => e.Actors.Contains("lars-holm") && e.Sources[0].Trigger == "removed");
    }

    [Fact]
    public void A_company_after_a_noun_is_in_a_relative_clause_and_does_not_speak()
    {
        var events = fixture.Extract("Maersk is a shipping company based in Copenhagen. The idea was one of 12,000 ideas Maersk says it has received in recent weeks.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "received");
    }

    [Theory]
    [InlineData("But he said Maersk had sold its tanker fleet to Norway.")]
    [InlineData("And he said Maersk had sold its tanker fleet to Norway.")]
    [InlineData("Calling it \"shocking,\" he said Maersk had sold its tanker fleet to Norway.")]
    public void He_after_an_opening_conjunction_or_quotation_is_the_person_named_before(string text)
    {
        var events = fixture.Extract("Economy Minister Lars Holm spoke to reporters in Oslo.\n\n" + text, Published).Events;
        var reported = Assert.Single(events, e => e.Sources[0].Trigger == "sold");
        Assert.Contains("lars-holm", reported.Actors);
    }

    [Fact]
    public void He_after_a_conjunction_is_only_ever_a_person_named_before()
    {
        var named = fixture.Extract("Economy Minister Lars Holm spoke to reporters in Oslo.\n\nBut he said Maersk had sold its tanker fleet to Norway.", Published).Events;
        var unnamed = fixture.Extract("Maersk is a shipping company based in Copenhagen.\n\nBut he said Maersk had sold its tanker fleet to Norway.", Published).Events;

        Assert.Contains("lars-holm", Assert.Single(named, e => e.Sources[0].Trigger == "sold").Actors);
        // With no person named before, "he" stands for no one: the claim is not told as anyone's, and never as Maersk's own.
        Assert.All(unnamed.Where(e => e.Sources[0].Trigger == "sold"), e => Assert.Equal(["maersk", "norway"], e.Actors));
    }
}
