using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>Coping, struggling and grappling with a difficulty tell how someone fares, not a happening.</summary>
public sealed class EnduringVerbTests
{
    private static bool Holds(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return EnduringVerb.Holds(words, words.IndexOf(verb));
    }

    [Theory]
    [InlineData("Maersk's chief is coping with a strike at the port", "coping")]
    [InlineData("Aarhus is grappling with a housing shortage", "grappling")]
    [InlineData("Firefighters struggled to contain the blaze near Fjord", "struggled")]
    [InlineData("The Nordic Council has struggled with falling membership", "struggled")]
    [InlineData("Lars Holm agonised over the vote for weeks", "agonised")]
    [InlineData("The ministry is still dealing with the fallout from the leak", "dealing")]
    [InlineData("Komatsu is wrestling with a slump in orders", "wrestling")]
    [InlineData("Bornholm suffered through the long winter of 2009", "suffered")]
    [InlineData("Komatsu has suffered from weak demand in Norway", "suffered")]
    public void A_difficulty_borne_is_no_happening(string clause, string verb)
    {
        Assert.True(Holds(clause, verb));
    }

    [Theory]
    [InlineData("The ministry dealt with the complaint on Monday", "dealt")]
    [InlineData("Police wrestled the man to the ground", "wrestled")]
    [InlineData("Maersk cut 500 jobs in Aarhus", "cut")]
    [InlineData("Ida Berg contended that the vote was void", "contended")]
    [InlineData("Lars Holm suffered a heart attack in Aarhus", "suffered")]
    [InlineData("Maersk suffered heavy losses in the storm", "suffered")]
    public void An_act_is_not_a_difficulty_borne(string clause, string verb)
    {
        Assert.False(Holds(clause, verb));
    }
}
