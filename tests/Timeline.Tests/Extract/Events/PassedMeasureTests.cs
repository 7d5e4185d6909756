using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>"pass" tells an act only with a measure a legislature adopts as its object.</summary>
public sealed class PassedMeasureTests
{
    private static bool Holds(string sentence)
    {
        var words = Tokenizer.Tokenize(sentence, 0).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        return PassedMeasure.Holds(words, tags, words.FindIndex(w => w.StartsWith("pass", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Congress passed a $700 billion bailout on Friday.")]
    [InlineData("The Storting passed the long-awaited climate bill.")]
    [InlineData("The council passed a resolution condemning the attack.")]
    public void Passing_a_measure_is_an_act(string sentence) => Assert.True(Holds(sentence));

    [Theory]
    [InlineData("The storm passed through the town.")]
    [InlineData("Weeks passed before Maersk acted.")]
    [InlineData("He passed the news to his boss.")]
    [InlineData("The tanker passed the Fjord bridge at noon.")]
    public void Passing_by_or_passing_on_is_no_act(string sentence) => Assert.False(Holds(sentence));
}
