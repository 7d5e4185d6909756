using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>"declare" with what it brings about as its object is an act; with a clause or a person it reports a view.</summary>
public sealed class DeclaredActTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static bool Holds(string sentence)
    {
        var words = Tokenizer.Tokenize(sentence, 0).Select(t => t.Text).ToList();
        return DeclaredAct.Holds(words, PosTagger.Default.Tag(words), words.FindIndex(w => w.StartsWith("declar", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Lars Holm declared a state of emergency on Wednesday.")]
    [InlineData("Norway declared war on Vell in 1940.")]
    [InlineData("The agency declared a global pandemic.")]
    [InlineData("The agency declared the first flu pandemic in 41 years.")]
    [InlineData("Vell declared independence from Norway.")]
    public void A_declaration_with_what_it_brings_about_is_an_act(string sentence) => Assert.True(Holds(sentence));

    [Theory]
    [InlineData("Lars Holm declared that the port had closed.")]
    [InlineData("Lars Holm declared the talks over.")]
    [InlineData("Lars Holm declared him the winner.")]
    [InlineData("Lars Holm declared the state was bankrupt.")]
    public void A_declared_view_is_a_statement(string sentence) => Assert.False(Holds(sentence));

    [Fact]
    public void The_declaring_is_the_event_of_its_day()
    {
        var e = Assert.Single(fixture.Extract("Prime Minister Lars Holm declared a state of emergency on Wednesday.", new DateOnly(2024, 3, 15)).Events);

        Assert.Equal("Lars Holm declared a state of emergency", e.Title);
        Assert.Equal("2024-03-13", e.Date.Value);
    }
}
