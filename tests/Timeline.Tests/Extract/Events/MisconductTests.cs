using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A verb that charges its subject with misconduct is a verdict, not an act; the accusation itself is an event.</summary>
public sealed class MisconductTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool IsCharge(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return Misconduct.IsCharge(words, words.IndexOf(verb));
    }

    [Theory]
    [InlineData("Maersk was lying about the accident", "lying")]
    [InlineData("Maersk underestimated the scale of the leak", "underestimated")]
    [InlineData("Maersk failed to check the valves", "failed")]
    [InlineData("Maersk has played down the size of the leak", "played")]
    [InlineData("The ministry covered up the report", "covered")]
    public void A_verb_of_misconduct_is_a_charge(string clause, string verb)
    {
        Assert.True(IsCharge(clause, verb));
    }

    [Theory]
    [InlineData("The talks failed", "failed")]
    [InlineData("Maersk played the match in Oslo", "played")]
    [InlineData("Maersk covered the costs", "covered")]
    [InlineData("Maersk sealed the leak", "sealed")]
    public void An_act_is_no_charge(string clause, string verb)
    {
        Assert.False(IsCharge(clause, verb));
    }

    [Theory]
    [InlineData("Lars Jensen told viewers that Maersk was lying about the accident.")]
    [InlineData("Initially, Maersk woefully underestimated the scale of the leak.")]
    public void A_charge_stated_or_reported_gives_no_event(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Fact]
    public void The_accusation_itself_is_an_event()
    {
        Assert.Contains(fixture.Extract("Lars Jensen accused Maersk of lying about the accident.", Published).Events, e => e.Sources[0].Trigger == "accused");
    }
}
