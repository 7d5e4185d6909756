using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>An object can negate its clause as "not" does: "found no evidence", "stopped short of a ban".</summary>
public sealed class NegatedObjectTests
{
    private static bool Negated(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return NegatedObject.Follows(words, PosTagger.Default.Tag(words), words.IndexOf(verb));
    }

    [Theory]
    [InlineData("The inspectors found no evidence of a leak", "found")]
    [InlineData("The agency stopped short of issuing a travel ban", "stopped")]
    [InlineData("The ministry fell short of ordering a recall", "fell")]
    public void An_object_that_says_nothing_was_done_negates_the_clause(string clause, string verb)
    {
        Assert.True(Negated(clause, verb));
    }

    [Theory]
    [InlineData("The agency stopped all flights to the port", "stopped")]
    [InlineData("The union voted no on the deal", "voted")]
    [InlineData("Maersk paid no more than $5m", "paid")]
    public void An_object_that_was_done_does_not(string clause, string verb)
    {
        Assert.False(Negated(clause, verb));
    }
}
