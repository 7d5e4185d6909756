using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>"find" with a verdict after it ("guilty", "not guilty", "liable", "innocent") is a court's decision; otherwise a finding.</summary>
public sealed class VerdictTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool Holds(string sentence)
    {
        var words = Tokenizer.Tokenize(sentence, 0).Select(t => t.Text).ToList();
        return Verdict.Holds(words, PosTagger.Default.Tag(words), words.FindIndex(w => w is "found" or "finds" or "find"));
    }

    [Theory]
    [InlineData("A jury found Lars Holm guilty of fraud.")]
    [InlineData("Lars Holm was found not guilty of murder.")]
    [InlineData("The court found Maersk liable for the spill.")]
    [InlineData("A jury in Oslo found Lars Holm, the founder of the shipping firm Vell, guilty of fraud.")]
    public void A_verdict_after_find_or_its_object_is_a_decision(string sentence) => Assert.True(Holds(sentence));

    [Theory]
    [InlineData("The inquiry found that Maersk had cut corners.")]
    [InlineData("Maersk found a buyer for the tanker.")]
    [InlineData("The inquiry found Maersk had been guilty of negligence.")]
    [InlineData("Police found the body of Lars Holm.")]
    public void A_finding_or_a_discovery_is_no_verdict(string sentence) => Assert.False(Holds(sentence));

    [Theory]
    [InlineData("Lars Holm was found guilty of fraud on Thursday.", "Lars Holm was found guilty of fraud", "2024-03-14")]
    [InlineData("Lars Holm was found not guilty of murder on Thursday.", "Lars Holm was found not guilty of murder", "2024-03-14")]
    // An apposition between the name and the verdict is left out of the title; cut at its comma, the title would find nothing.
    [InlineData("A jury in Oslo found Lars Holm, the founder of the collapsed shipping firm Vell, guilty of fraud on Tuesday.", "A jury in Oslo found Lars Holm guilty of fraud", "2024-03-12")]
    // A verb or a noun of the charge ("killing", "attacking", "the attack") is what the verdict is about, not the clause's happening.
    [InlineData("A jury found Lars Holm guilty of killing his partner on Tuesday.", "A jury found Lars Holm guilty of killing his partner", "2024-03-12")]
    [InlineData("Lars Holm was found guilty of attacking a policeman on Tuesday.", "Lars Holm was found guilty of attacking a policeman", "2024-03-12")]
    [InlineData("A jury found Lars Holm guilty of the attack on Tuesday.", "A jury found Lars Holm guilty of the attack", "2024-03-12")]
    public void A_verdict_is_the_clause_s_event_and_its_title_gives_it(string sentence, string title, string date)
    {
        var e = Assert.Single(fixture.Extract(sentence, Published).Events);

        Assert.Equal(title, e.Title);
        Assert.Equal(date, e.Date.Value);
        Assert.Equal("found", e.Sources[0].Trigger);
        Assert.Equal("other", e.Type);
    }

    [Fact]
    public void Finding_a_buyer_tells_no_event()
    {
        Assert.Empty(fixture.Extract("Lars Holm found a buyer for the tanker on Monday.", Published).Events);
    }
}
