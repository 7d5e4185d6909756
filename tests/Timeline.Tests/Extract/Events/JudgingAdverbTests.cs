using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>An adverb that judges or hedges the act: the clause is a verdict or a rumour, not a happening told as fact.</summary>
public sealed class JudgingAdverbTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    // A dated lead, so that the sentence under test is not the article's lead.
    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    private static bool Marks(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var v = words.IndexOf(verb);
        var start = v;
        while (start > 0 && words[start - 1] is "has" or "had" or "have" or "been" or "was" or "is" or "be" or "will" or "would" || words[start - 1].EndsWith("ly", StringComparison.Ordinal)) start--;
        return JudgingAdverb.Marks(words, start, v);
    }

    [Theory]
    [InlineData("it has been unfairly targeted", "targeted")]
    [InlineData("the company had adequately anticipated the storm", "anticipated")]
    [InlineData("Holm allegedly sold the ferry", "sold")]
    [InlineData("Aarhus will inevitably be flooded", "flooded")]
    [InlineData("Maersk had adequately insured the ferry fleet", "insured")]
    [InlineData("Maersk had properly prepared for the storm", "prepared")]
    [InlineData("it is only protecting confidential data", "protecting")]
    [InlineData("the yard was merely addressing a false perception", "addressing")]
    [InlineData("the ministry is simply doing what lobbyists demand", "doing")]
    [InlineData("he certainly cleaned up the civil service", "cleaned")]
    [InlineData("Maersk has definitely outgrown its rivals", "outgrown")]
    public void A_verdict_or_a_hedge_on_the_act_marks_it(string clause, string verb)
    {
        Assert.True(Marks(clause, verb));
    }

    [Theory]
    [InlineData("Maersk successfully inserted a tube", "inserted")]
    [InlineData("Maersk has flatly refused to pay", "refused")]
    [InlineData("Maersk illegally dumped the waste", "dumped")]
    [InlineData("Holm was wrongly convicted of fraud", "convicted")]
    [InlineData("the yard secretly sold the ferry", "sold")]
    [InlineData("Maersk only stopped the leak in July", "stopped")]
    [InlineData("the leak was only stopped in July", "stopped")]
    [InlineData("the ferry was just leaving the port", "leaving")]
    public void How_a_happening_was_done_does_not(string clause, string verb)
    {
        Assert.False(Marks(clause, verb));
    }

    [Theory]
    [InlineData("Holm reportedly sacked Dahl", true)]
    [InlineData("Holm allegedly sold the ferry", true)]
    [InlineData("Holm quietly sacked Dahl", false)]
    public void A_hedge_right_before_a_verb_with_no_auxiliary_marks_it(string clause, bool marks)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var verb = words.FindIndex(w => w is "sacked" or "sold");

        Assert.Equal(marks, JudgingAdverb.Marks(words, verb, verb));
    }

    [Fact]
    public void A_reported_act_is_no_act_told_as_fact()
    {
        var reported = fixture.Extract(Lead + "Prime Minister Lars Holm reportedly sacked Jonas Dahl.", Published).Events;
        var told = fixture.Extract(Lead + "Prime Minister Lars Holm sacked Jonas Dahl.", Published).Events;

        Assert.DoesNotContain(reported, e => e.Sources[0].Trigger == "sacked");
        Assert.Contains(told, e => e.Sources[0].Trigger == "sacked");
    }

    [Fact]
    public void A_claim_of_unfair_treatment_is_not_told_as_the_treatment()
    {
        var events = fixture.Extract("Lars Holm said Maersk had been unfairly targeted by Vell.", Published).Events;

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "targeted");
    }

    [Fact]
    public void A_sure_forecast_is_not_told_as_a_plan()
    {
        var events = fixture.Extract("Norway will inevitably be hit by floods, Ida Berg said.", Published).Events;

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "hit");
    }

    [Fact]
    public void A_progressive_played_down_is_a_defence_not_news_of_the_act()
    {

        var defended = fixture.Extract(Lead + "Maersk says it is only protecting confidential data from Vell on Wednesday.", Published).Events;
        var told = fixture.Extract(Lead + "Maersk says it is protecting confidential data from Vell on Wednesday.", Published).Events;

        Assert.DoesNotContain(defended, e => e.Sources[0].Trigger == "protecting");
        Assert.Contains(told, e => e.Sources[0].Trigger == "protecting");
    }
}
