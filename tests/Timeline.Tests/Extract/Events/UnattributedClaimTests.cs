using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// What a speaker said another did is told only when the speaker is an actor, or is the clause's own subject; tested through the
/// whole extractor, which reads the reported speech, the speaker and the subject.
/// </summary>
public sealed class UnattributedClaimTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    [Theory]
    [InlineData("Prosecutors said Maersk sold the old ferry to Vell.")]
    [InlineData("A government adviser said Maersk sold the old ferry to Vell.")]
    [InlineData("Local fishermen said Maersk sold the old ferry to Vell.")]
    public void A_claim_about_another_from_a_speaker_no_actor_stands_for_is_not_told(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void A_claim_from_a_named_speaker_is_told_with_the_speaker()
    {
        var sold = Assert.Single(Events("Lars Holm said Maersk sold the old ferry to Vell."), e => e.Sources[0].Trigger == "sold");
        Assert.Contains("lars-holm", sold.Actors);
    }

    [Fact]
    public void A_speaker_telling_its_own_plan_is_told()
    {
        Assert.Contains(Events("Maersk said it would cut 500 jobs in Aarhus."), e => e.Sources[0].Trigger == "cut");
    }

    [Theory]
    [InlineData("Officials said Maersk sold the old ferry to Vell.")]
    [InlineData("The head of the port authority, Lars Holm, said Maersk sold the old ferry to Vell.")]
    public void A_claim_from_someone_who_speaks_for_a_body_or_is_named_in_an_apposition_is_told(string sentence)
    {
        Assert.Contains(Events(sentence), e => e.Sources[0].Trigger == "sold");
    }
}
