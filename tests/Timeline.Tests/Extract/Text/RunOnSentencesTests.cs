using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

public sealed class RunOnSentencesTests
{
    [Theory]
    [InlineData("Symptoms are usually similar to seasonal flu It is a new version of the virus.", "It is a new version of the virus.")]
    [InlineData("Flu hits the north They said the count rose.", "They said the count rose.")]
    [InlineData("Markers (yellow) He was seen in Oslo.", "He was seen in Oslo.")]
    public void A_capitalised_pronoun_and_a_finite_verb_inside_a_text_start_a_sentence(string paragraph, string rest)
    {
        var at = Assert.Single(RunOnSentences.Find(paragraph));

        Assert.Equal(rest, paragraph[at..]);
    }

    [Theory]
    [InlineData("He said it was a new version of the virus.")] // the paragraph's own start
    [InlineData("Officials said, It is too early, and left.")] // after a comma
    [InlineData("The band played It Was Not Me twice.")] // a title, capitalised throughout
    [InlineData("Lars Holm said there was no sign of the ship.")]
    public void No_run_on_where_the_capital_is_no_new_sentence(string paragraph)
    {
        Assert.Empty(RunOnSentences.Find(paragraph));
    }
}
