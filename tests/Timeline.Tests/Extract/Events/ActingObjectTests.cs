using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>"pass", "declare", "recall", "expand" and "pull" perform an act with certain objects or particles; otherwise they tell motion, time, memory, growth or a view.</summary>
public sealed class ActingObjectTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static bool Holds(string sentence, string verb)
    {
        var words = Tokenizer.Tokenize(sentence, 0).Select(t => t.Text).ToList();
        return ActingObject.Holds(words, PosTagger.Default.Tag(words), words.FindIndex(w => w.StartsWith(verb, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Congress passed a $700 billion bailout on Friday.", "pass")]
    [InlineData("The Storting passed the long-awaited climate bill.", "pass")]
    [InlineData("The Storting passed the revised bill on Wednesday.", "pass")]
    [InlineData("The council passed a resolution condemning the attack.", "pass")]
    [InlineData("Lars Holm declared a state of emergency on Wednesday.", "declar")]
    [InlineData("Norway declared war on Vell in 1940.", "declar")]
    [InlineData("The agency declared a global pandemic.", "declar")]
    [InlineData("The agency declared the first flu pandemic in 41 years.", "declar")]
    [InlineData("Vell declared independence from Norway.", "declar")]
    // What is declared, then what it is declared to be.
    [InlineData("The agency declared mpox a global health emergency on Wednesday.", "declar")]
    [InlineData("Governor Lars Holm declared the county a disaster area.", "declar")]
    [InlineData("The army declared martial law.", "declar")]
    [InlineData("Norway recalled its ambassador for consultations.", "recall")]
    [InlineData("Komatsu recalled 2.3 million vehicles on Monday.", "recall")]
    [InlineData("Komatsu recalled 2.3 million cars sold in Norway on Monday.", "recall")]
    // A word that makes the number approximate, or a bound, stands inside the object before its head.
    [InlineData("Komatsu recalled about one million vehicles on Monday.", "recall")]
    [InlineData("Komatsu recalled more than 20,000 trucks.", "recall")]
    [InlineData("The Storting passed up to 12 bills before the recess.", "pass")]
    [InlineData("The central bank expanded its lending programme to banks.", "expand")]
    [InlineData("The Nordic Council expanded sanctions against Vell.", "expand")]
    [InlineData("Maersk pulled out of talks to buy Fjord.", "pull")]
    [InlineData("The troops pulled back from the border.", "pull")]
    public void The_object_makes_the_verb_an_act(string sentence, string verb) => Assert.True(Holds(sentence, verb));

    [Theory]
    [InlineData("The storm passed through the town.", "pass")]
    [InlineData("Weeks passed before Maersk acted.", "pass")]
    [InlineData("He passed the news to his boss.", "pass")]
    [InlineData("The tanker passed the Fjord bridge at noon.", "pass")]
    [InlineData("Lars Holm declared that the port had closed.", "declar")]
    [InlineData("Lars Holm declared the talks over.", "declar")]
    [InlineData("Lars Holm declared him the winner.", "declar")]
    [InlineData("Lars Holm declared the state was bankrupt.", "declar")]
    [InlineData("Lars Holm declared the talks a failure.", "declar")]
    [InlineData("Lars Holm declared him a war hero.", "declar")]
    [InlineData("Lars Holm recalled the day the port closed.", "recall")]
    [InlineData("Lars Holm recalled that the ambassador had left.", "recall")]
    [InlineData("Lars Holm recalled about the cars that his father sold.", "recall")]
    [InlineData("The economy expanded 2 percent in the quarter.", "expand")]
    [InlineData("Maersk expanded its fleet.", "expand")]
    [InlineData("The tug pulled the tanker into port.", "pull")]
    public void Motion_time_or_a_view_is_no_act(string sentence, string verb) => Assert.False(Holds(sentence, verb));

    [Fact]
    public void The_declaring_is_the_event_of_its_day()
    {
        var e = Assert.Single(fixture.Extract("Prime Minister Lars Holm declared a state of emergency on Wednesday.", new DateOnly(2024, 3, 15)).Events);

        Assert.Equal("Lars Holm declared a state of emergency", e.Title);
        Assert.Equal("2024-03-13", e.Date.Value);
    }

    [Fact]
    public void Passing_a_measure_is_the_event_of_its_day()
    {
        var e = Assert.Single(fixture.Extract("Congress passed a $70 billion rescue package on Tuesday.", new DateOnly(2024, 3, 15)).Events);

        Assert.Equal("2024-03-12", e.Date.Value);
        Assert.Equal("passed", e.Sources[0].Trigger);
    }

    [Fact]
    public void Recalling_an_ambassador_is_the_event_of_its_day()
    {
        var e = Assert.Single(fixture.Extract("Norway recalled its ambassador to Vell on Monday.", new DateOnly(2024, 3, 15)).Events);

        Assert.Equal("Norway recalled its ambassador to Vell", e.Title);
        Assert.Equal("2024-03-11", e.Date.Value);
    }

    [Fact]
    public void Pulling_out_of_talks_is_an_event_and_its_infinitive_is_the_talks_own()
    {
        var e = Assert.Single(fixture.Extract("Maersk pulled out of talks to buy Fjord Shipping on Sunday.", new DateOnly(2024, 3, 15)).Events);

        Assert.Equal("pulled", e.Sources[0].Trigger);
        Assert.Equal("2024-03-10", e.Date.Value);
    }
}
