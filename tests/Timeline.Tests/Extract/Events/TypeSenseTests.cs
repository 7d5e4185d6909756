using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>An attack in words criticises, firing someone dismisses them, backing away is no support.</summary>
public sealed class TypeSenseTests
{
    private static string Refine(string type, string clause, string trigger, params string[] persons)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return TypeSense.Refine(type, words, words.IndexOf(trigger), k => k < words.Count && persons.Contains(words[k]));
    }

    [Theory]
    [InlineData("Lars Holm has made personal attacks on Maersk", "attacks")]
    [InlineData("Maersk was attacked over the video", "attacked")]
    [InlineData("the two leaders waged a war of words", "war")]
    public void An_attack_in_words_is_an_accusation(string clause, string trigger)
    {
        Assert.Equal("ACCUSE", Refine("ASSAULT", clause, trigger));
    }

    [Theory]
    [InlineData("Maersk fired the chief executive", "fired")]
    [InlineData("Maersk fired Holm", "fired", "Holm")]
    public void Firing_someone_from_a_job_is_no_assault(string clause, string trigger, params string[] persons)
    {
        Assert.Equal("other", Refine("ASSAULT", clause, trigger, persons));
    }

    [Theory]
    [InlineData("Rebels attacked the convoy", "attacked")]
    [InlineData("Troops fired on protesters", "fired")]
    [InlineData("The navy fired a missile", "fired")]
    public void Violence_stays_an_assault(string clause, string trigger)
    {
        Assert.Equal("ASSAULT", Refine("ASSAULT", clause, trigger));
    }

    [Fact]
    public void Backing_away_is_no_support()
    {
        Assert.Equal("other", Refine("SUPPORT", "The agency backed away from the report", "backed"));
        Assert.Equal("SUPPORT", Refine("SUPPORT", "The agency backed the report", "backed"));
    }
}
