using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>Which nouns head a phrase that stands for a company.</summary>
public sealed class FirmNounsTests
{
    [Theory]
    [InlineData("the company", 1, true)]
    [InlineData("the Firm", 1, true)]
    [InlineData("the oil giant", 2, true)]
    [InlineData("the energy group", 2, true)]
    [InlineData("the oil major", 2, true)]
    [InlineData("the drinks concern", 2, true)]
    [InlineData("the rebel group", 2, false)]
    [InlineData("the Asian giant", 2, false)]
    [InlineData("the group", 1, false)]
    [InlineData("the major", 1, false)]
    public void A_giant_or_a_group_is_a_company_only_after_a_trade(string phrase, int at, bool heads)
    {
        Assert.Equal(heads, FirmNouns.Heads(phrase.Split(' '), at));
    }
}
