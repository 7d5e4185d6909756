using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A verb's second complement ("from -ing", "as", "into -ing", "with") after the title's end means the title was cut.</summary>
public sealed class VerbComplementsTests
{
    // Whether the title, ending right before <paramref name="after"/>, lost the second complement of <paramref name="verb"/>.
    private static bool CutOff(string clause, string verb, string after)
    {
        var tokens = Tokenizer.Tokenize(clause);
        var words = tokens.Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        var at = words.IndexOf(after);
        Assert.True(at >= 0, $"'{after}' is not a token of '{clause}'");
        return VerbComplements.CutOff(tokens, tags, verb, at);
    }

    [Theory]
    [InlineData("The council blocked harbour inspectors from warning the fishermen", "blocked", "from")]
    [InlineData("The court barred the mayor from running again", "barred", "from")]
    [InlineData("The ministry had cast the visit to Bergen by the king, the queen and their daughter as a goodwill mission", "cast", ",")]
    [InlineData("Critics portrayed the mayor as a coward", "portrayed", "as")]
    [InlineData("Unions forced the ferry line into cutting fares", "forced", "into")]
    [InlineData("Police charged the driver with manslaughter", "charged", "with")]
    public void A_second_complement_after_the_title_is_a_cut(string clause, string verb, string after)
    {
        Assert.True(CutOff(clause, verb, after));
    }

    [Theory]
    // "from" before a noun is a source or a place, not what was prevented.
    [InlineData("The council stopped payments from the fund", "stopped", "from")]
    // After a comma only "as" is looked for: "with" there is an adjunct.
    [InlineData("The city provided $5m for repairs, with $2m going to the harbour", "provided", ",")]
    // "as part of", "as a result" and "as" with a clause of its own are adjuncts.
    [InlineData("The board dismissed three managers as part of a restructuring", "dismissed", "as")]
    [InlineData("Critics described the plan, as officials said on Monday", "described", ",")]
    // A new finite verb ends the search.
    [InlineData("The mayor described the plan and the council voted as one", "described", "and")]
    // A verb with no second complement.
    [InlineData("The mayor opened the bridge as a gift", "opened", "as")]
    public void Other_words_after_the_title_are_no_cut(string clause, string verb, string after)
    {
        Assert.False(CutOff(clause, verb, after));
    }
}
