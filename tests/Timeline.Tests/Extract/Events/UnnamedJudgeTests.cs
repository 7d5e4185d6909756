using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A judgement in the passive that names no one who made it and no time is a standing reproach, not a happening.</summary>
public sealed class UnnamedJudgeTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool Holds(string clause, string verb, string lemma)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return UnnamedJudge.Holds(lemma, words, PosTagger.Default.Tag(words), words.IndexOf(verb), words.Count);
    }

    [Theory]
    [InlineData("Maersk was criticised for not sharing its data", "criticised", "criticise", true)]
    [InlineData("Maersk has been accused of covering up the leak", "accused", "accuse", true)]
    [InlineData("The mayor was blamed for blocking the roads", "blamed", "blame", true)]
    [InlineData("Maersk was criticised by the union for not sharing its data", "criticised", "criticise", false)]
    [InlineData("The mayor was blamed by voters", "blamed", "blame", false)]
    [InlineData("The mayor was blamed for the delay by failing to act", "blamed", "blame", true)]
    [InlineData("Lars Holm was charged with fraud", "charged", "charge", false)]
    public void Only_a_judgement_with_no_doer_holds(string clause, string verb, string lemma, bool holds)
    {
        Assert.Equal(holds, Holds(clause, verb, lemma));
    }

    [Fact]
    public void A_reproach_with_no_critic_and_no_time_is_not_told()
    {
        Assert.DoesNotContain(fixture.Extract("Maersk was also criticised for not sharing its data with the Danish authorities.", Published).Events,
            e => e.Sources[0].Trigger == "criticised");
        Assert.DoesNotContain(fixture.Extract("Maersk has been accused of covering up the scale of the leak.", Published).Events,
            e => e.Sources[0].Trigger == "accused");
    }

    [Fact]
    public void A_reproach_whose_critic_is_named_is_told()
    {
        var e = fixture.ByTrigger("Maersk was criticised by the Danish Maritime Authority for not sharing its data.", Published, "criticised");
        Assert.Contains("danish-maritime-authority", e.Actors);
    }
}
