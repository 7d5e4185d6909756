using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A promise of updates and who joins a speaker on a call are set phrases of an announcement, not happenings.</summary>
public sealed class AnnouncementFormulaTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static bool Holds(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return AnnouncementFormula.Holds(words, words.IndexOf(verb), words.Count);
    }

    [Theory]
    [InlineData("The company will provide further updates as appropriate", "provide")]
    [InlineData("Statoil will give an update in due course", "give")]
    [InlineData("Chief executive Lars Holm will be joined on the call by the finance director", "joined")]
    [InlineData("Lars Holm will be joined with Eva Berg , head of investor relations", "joined")]
    public void A_set_phrase_of_an_announcement_is_no_happening(string clause, string verb)
    {
        Assert.True(Holds(clause, verb));
    }

    [Theory]
    [InlineData("Statoil will give an update on the leak on Friday", "give")]
    [InlineData("Lars Holm joined Statoil in 1999", "joined")]
    [InlineData("Norway will join the talks", "join")]
    public void A_dated_update_or_joining_a_body_is_told(string clause, string verb)
    {
        Assert.False(Holds(clause, verb));
    }

    [Fact]
    public void The_extractor_leaves_out_the_promise_of_updates()
    {
        var events = fixture.Extract("Statoil will provide further updates as appropriate. Exxon will provide an update on the leak on Friday.", new DateOnly(2011, 3, 14)).Events;
        Assert.DoesNotContain(events, e => e.Title.Contains("updates", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Title.Contains("update on the leak", StringComparison.Ordinal));
    }
}
