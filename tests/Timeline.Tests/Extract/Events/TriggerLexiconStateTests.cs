using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>Verbs of state, thought and saying never tell a happening by themselves.</summary>
public sealed class TriggerLexiconStateTests
{
    private static readonly TriggerLexicon Lexicon = TriggerLexicon.Default;

    [Theory]
    [InlineData("remain")]
    [InlineData("remained")]
    [InlineData("believes")]
    [InlineData("said")]
    [InlineData("Said")]
    [InlineData("understood")]
    [InlineData("feared")]
    [InlineData("imagined")]
    [InlineData("trusted")]
    [InlineData("resents")]
    [InlineData("despised")]
    [InlineData("enjoyed")]
    [InlineData("operated")]
    [InlineData("represents")]
    [InlineData("relied")]
    [InlineData("accounted")]
    public void A_state_thought_or_reporting_verb_is_a_state(string form)
    {
        Assert.True(Lexicon.IsState(form));
    }

    [Theory]
    [InlineData("signed")]
    [InlineData("visited")]
    [InlineData("arrested")]
    [InlineData("resigned")]
    public void An_action_verb_is_not_a_state(string form)
    {
        Assert.False(Lexicon.IsState(form));
    }

    [Fact]
    public void Understanding_someone_s_frustration_is_no_event()
    {
        var events = new Timeline.Tests.Extract.Events.ExtractorFixture().Extract("Ida Berg said on Monday she understood the Danish government's frustration.", new DateOnly(2024, 3, 15)).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "understood");
    }

    [Fact]
    public void Trusting_someone_is_no_event()
    {
        var events = new Timeline.Tests.Extract.Events.ExtractorFixture().Extract("Ida Berg said she trusted the chief executive, Tom Lee.", new DateOnly(2024, 3, 15)).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "trusted");
    }

    [Theory]
    [InlineData("Maersk operated the Vell Star rig, Holm Drilling owned it.", "operated")]
    [InlineData("Maersk relied on robots from Vell Subsea to guide the dome.", "relied")]
    [InlineData("Anna Holm formerly represented the 2nd District of Ohio.", "represented")]
    public void Running_or_relying_on_something_is_no_event(string sentence, string trigger)
    {
        var events = new Timeline.Tests.Extract.Events.ExtractorFixture().Extract(sentence, new DateOnly(2024, 3, 15)).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("cooperated")]
    [InlineData("accused")]
    [InlineData("overturned")]
    public void A_verb_that_only_ends_like_a_state_is_not_one(string form)
    {
        Assert.False(Lexicon.IsState(form));
    }
}
