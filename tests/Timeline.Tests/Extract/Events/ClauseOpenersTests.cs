using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>The words that open a clause of its own, or a phrase of another happening, inside a sentence.</summary>
public sealed class ClauseOpenersTests
{
    [Theory]
    [InlineData("because", true, true)]
    [InlineData("which", true, true)]
    [InlineData("after", false, true)]
    [InlineData("following", false, false)]
    [InlineData("signed", false, false)]
    public void Tells_the_words_that_open_a_clause(string word, bool always, bool may)
    {
        Assert.Equal((always, may), (ClauseOpeners.AlwaysOpens(word), ClauseOpeners.MayOpen(word)));
    }

    [Theory]
    [InlineData("following", true)]
    [InlineData("Amid", true)]
    [InlineData("whether", true)]
    [InlineData("what", false)] // opens the object as often: "has begun what could be his last challenge"
    [InlineData("in", false)]
    public void Tells_the_words_that_open_a_phrase_of_another_happening(string word, bool opens)
    {
        Assert.Equal(opens, ClauseOpeners.OpensOtherHappening(word));
    }
}
