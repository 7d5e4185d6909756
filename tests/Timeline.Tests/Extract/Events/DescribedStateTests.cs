using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>An attitude shown, a life under a threat, a figure of speech for a state and a consequence suffered describe; they tell no happening.</summary>
public sealed class DescribedStateTests
{
    private static bool Holds(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return DescribedState.Holds(words, words.IndexOf(verb), words.Count);
    }

    [Theory]
    [InlineData("Statoil is exercising great caution in the Barents Sea", "exercising")]
    [InlineData("Lars Holm held positions at Maersk and Stena Line", "held")]
    [InlineData("Ida Berg has held the post of finance minister", "held")]
    [InlineData("Lars Holm holds a seat on the board of Maersk", "holds")]
    [InlineData("Ida Berg held several senior roles at the bank", "held")]
    [InlineData("The police showed restraint", "showed")]
    [InlineData("Lars Holm is operating under the threat of a lawsuit", "operating")]
    [InlineData("The town is still counting the cost of the floods", "counting")]
    [InlineData("The cabinet has walked a tightrope on the issue", "walked")]
    [InlineData("The union played a weak hand", "played")]
    [InlineData("The two leaders share common interests in the Arctic", "share")]
    [InlineData("Ida Berg was confined to her home for a month", "confined")]
    [InlineData("Lars Holm was reduced to selling his catch at a loss", "reduced")]
    [InlineData("Lars Holm has already lost his whole livelihood", "lost")]
    [InlineData("Maersk carried out the review with limited access to the wreck", "carried")]
    [InlineData("Lars Holm grew up in Aarhus", "grew")]
    [InlineData("The agency grew to become one of the largest lenders in Norway", "grew")]
    [InlineData("Maersk grew its market share to be the top carrier", "grew")]
    [InlineData("Lars Holm was spending time with his family in Aarhus", "spending")]
    [InlineData("Ida Berg spent more time at home in Aarhus", "spent")]
    [InlineData("The new cabinet has dropped the last cabinet's focus on fishing quotas", "dropped")]
    [InlineData("Komatsu shifted its emphasis to mining trucks", "shifted")]
    [InlineData("The harbour at Aarhus was teeming with police on Monday", "teeming")]
    [InlineData("Vell Radio 's website is brimming with jokes about the ferry", "brimming")]
    public void A_described_state_is_no_happening(string clause, string verb)
    {
        Assert.True(Holds(clause, verb));
    }

    [Theory]
    [InlineData("Lars Holm held talks with Maersk", "held")]
    [InlineData("Ida Berg held an office party for the staff", "held")]
    [InlineData("The union held a vote on the post office closures", "held")]
    [InlineData("Statoil showed the film to investors", "showed")]
    [InlineData("The clerks counted the votes", "counted")]
    [InlineData("The firm shared its data with regulators", "shared")]
    [InlineData("The band played a concert in Oslo", "played")]
    [InlineData("Statoil is operating two rigs in the Barents Sea", "operating")]
    [InlineData("Lars Holm lost his seat in the election", "lost")]
    [InlineData("Maersk lost the vote on the merger", "lost")]
    [InlineData("The court confined the ban to three ports", "confined")]
    [InlineData("Maersk reduced its fleet to ten ships", "reduced")]
    [InlineData("Maersk grew its fleet to 300 ships last year", "grew")]
    [InlineData("Maersk spent $2bn on new ships", "spent")]
    [InlineData("Lars Holm spent the night in custody", "spent")]
    [InlineData("Lars Holm has spent time with inspectors from the Fjord yard", "spent")]
    [InlineData("Maersk has decided to focus on raising the wreck", "decided")]
    [InlineData("The council dropped its plan to close the school", "dropped")]
    public void An_action_with_a_plain_object_is_told(string clause, string verb)
    {
        Assert.False(Holds(clause, verb));
    }
}
