using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A speaker's pledge of what someone else will do is the speaker's pledge, not the other's plan.</summary>
public sealed class OthersPledgeTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    [Fact]
    public void A_declared_plan_of_another_is_not_told_as_their_plan()
    {
        Assert.DoesNotContain(Events("Ida Berg declared that Maersk will close the Aarhus yard in May."), e => e.Sources[0].Trigger == "close");
    }

    [Fact]
    public void A_declared_plan_of_the_speakers_own_is_told()
    {
        Assert.Contains(Events("Maersk declared that it will close the Aarhus yard in May."), e => e.Title == "Maersk will close the Aarhus yard");
    }

    [Theory]
    [InlineData("declared")]
    [InlineData("vowed")]
    [InlineData("promised")]
    public void A_pledge_of_what_another_will_do_holds(string verb)
    {
        Assert.True(OthersPledge.Holds(verb, ["ida-berg"], ["nordic-council"]));
    }

    [Fact]
    public void A_pledge_of_the_speakers_own_does_not()
    {
        Assert.False(OthersPledge.Holds("declared", ["maersk"], ["maersk"]));
    }

    [Fact]
    public void A_pronoun_subject_or_an_unresolved_speaker_does_not()
    {
        Assert.False(OthersPledge.Holds("declared", ["ida-berg"], null));
        Assert.False(OthersPledge.Holds("declared", null, ["nordic-council"]));
    }

    [Fact]
    public void A_plain_saying_does_not()
    {
        Assert.False(OthersPledge.Holds("said", ["ida-berg"], ["nordic-council"]));
    }
}
