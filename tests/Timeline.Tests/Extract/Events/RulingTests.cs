using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"rule" with what is decided after it ("that", "against", "in favour of", "on" a matter) is a decision; otherwise it governs or dismisses.</summary>
public sealed class RulingTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool Holds(string sentence)
    {
        var words = Tokenizer.Tokenize(sentence, 0).Select(t => t.Text).ToList();
        return Ruling.Holds(words, PosTagger.Default.Tag(words), words.FindIndex(w => w.StartsWith("rul", StringComparison.Ordinal)), _ => false);
    }

    [Theory]
    [InlineData("The court ruled that the ban was unlawful.")]
    [InlineData("A judge ruled against Maersk in the pay case.")]
    [InlineData("The tribunal ruled in favour of the union.")]
    [InlineData("The tribunal ruled in favor of the union.")]
    [InlineData("The court ruled on the merger.")]
    [InlineData("The court has ruled that the ban was unlawful.")]
    [InlineData("The court is ruling on the merger.")]
    public void What_is_decided_after_it_makes_rule_a_decision(string sentence) => Assert.True(Holds(sentence));

    [Theory]
    [InlineData("Lars Holm ruled Vell for 30 years.")]
    [InlineData("The minister ruled out a tax rise.")]
    [InlineData("The family ruled the island until 1990.")]
    [InlineData("The ruling that the ban was unlawful angered Maersk.")]
    public void Governing_dismissing_or_a_noun_is_no_decision(string sentence) => Assert.False(Holds(sentence));

    [Theory]
    [InlineData("Judge Ida Berg ruled on Thursday that Maersk was grossly negligent in the spill.", "Ida Berg ruled that Maersk was grossly negligent in the spill", "2024-03-14")]
    [InlineData("The Nordic Court ruled against Maersk on Tuesday in the pay case.", "Nordic Court ruled against Maersk in the pay case", "2024-03-12")]
    // A verb the lexicon knows inside what is decided ("approved") is its content, not the clause's event; so is its adverb.
    [InlineData("Judge Ida Berg ruled on Thursday that Maersk had approved the merger unlawfully.", "Ida Berg ruled that Maersk had approved the merger unlawfully", "2024-03-14")]
    public void A_decision_is_the_clause_s_event_and_its_title_says_what_was_decided(string sentence, string title, string date)
    {
        var e = Assert.Single(fixture.Extract(sentence, Published).Events);

        Assert.Equal(title, e.Title);
        Assert.Equal(date, e.Date.Value);
    }

    [Theory]
    [InlineData("Lars Holm ruled Vell for 30 years.")]
    [InlineData("Lars Holm ruled out a tax rise on Monday.")]
    public void Governing_or_dismissing_tells_no_event(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }
}
