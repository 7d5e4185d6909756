using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A sum spent over weeks or years is a running total; one purchase or payment is a happening.</summary>
public sealed class CumulativeOutlayTests
{
    private static bool Holds(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var index = words.IndexOf(verb);
        Assert.True(index >= 0, $"'{verb}' is not a token of '{clause}'");
        return CumulativeOutlay.Holds(words, index, words.Count);
    }

    [Theory]
    [InlineData("Maersk has spent $4bn on the clean-up", "spent")]
    [InlineData("Lars Holm said Maersk had already spent more than $1bn on the leak", "spent")]
    [InlineData("Maersk has paid out $15m in claims", "paid")]
    [InlineData("The Vell council has spent thousands trying to clean up the quarry", "spent")]
    [InlineData("Norway has invested a huge amount in its stockpile of vaccine", "invested")]
    [InlineData("Maersk spent $1.3 million over three years on research", "spent")]
    [InlineData("Maersk spent $350 million in the first 20 days of the clean-up", "spent")]
    [InlineData("Maersk spent around $3 billion in the second quarter on the clean-up", "spent")]
    [InlineData("Maersk had incurred costs of 11 billion kroner", "incurred")]
    [InlineData("Since then , Maersk has raised about $10bn from asset sales", "raised")]
    [InlineData("The fund has paid $1.5 billion in claims since it opened", "paid")]
    [InlineData("Vell Records has sold about 31 million copies of her albums since her death", "sold")]
    [InlineData("Kestrel has delivered 500 jets since 2007", "delivered")]
    public void A_sum_spent_over_time_is_a_running_total(string clause, string verb)
    {
        Assert.True(Holds(clause, verb));
    }

    [Theory]
    [InlineData("Maersk spent $2bn to buy the Aarhus yard on Monday", "spent")]
    [InlineData("Maersk paid a $300m fine", "paid")]
    [InlineData("Kestrel sold 20 jets to Qantas on Monday", "sold")]
    [InlineData("Maersk said it will sell $25 billion to $30 billion in assets over 18 months", "sell")]
    [InlineData("Vell Records has sold the rights to her albums", "sold")]
    [InlineData("Maersk has paid the fishermen", "paid")]
    [InlineData("Lars Holm has spent the day with his son", "spent")]
    [InlineData("Maersk will spend $100 million to drill a relief well", "spend")]
    [InlineData("Maersk raised $3 billion in a bond sale on Monday", "raised")]
    [InlineData("Maersk has raised $3 billion in a bond sale", "raised")]
    public void One_outlay_or_a_plan_is_no_running_total(string clause, string verb)
    {
        Assert.False(Holds(clause, verb));
    }
}
