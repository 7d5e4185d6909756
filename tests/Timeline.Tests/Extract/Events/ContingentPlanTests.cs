using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A step to come under a condition is contingent: it is not told as a plan.</summary>
public sealed class ContingentPlanTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private List<Timeline.Model.TimelineEvent> Events(string body) => fixture.Extract(body, new DateOnly(2011, 3, 14)).Events;

    private static bool Holds(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var at = words.IndexOf(verb);
        return ContingentPlan.Holds(words, 0, at - 1, at, words.Count);
    }

    [Theory]
    [InlineData("If the test fails, Statoil will drill a second well", "drill")]
    [InlineData("Unless the talks resume, the union will call a strike", "call")]
    [InlineData("Should the dome leak, engineers will pump mud into the pipe", "pump")]
    [InlineData("Statoil will drill a second well if the test fails", "drill")]
    [InlineData("The minister would sack him unless he resigned", "sack")]
    [InlineData("In that case, Statoil will soon be blaming the weather", "blaming")]
    [InlineData("Otherwise, the union will call a strike", "call")]
    [InlineData("Failing that, engineers will pump mud into the pipe", "pump")]
    [InlineData("In which case, the minister would sack him", "sack")]
    public void A_step_under_a_condition_is_contingent(string clause, string verb)
    {
        Assert.True(Holds(clause, verb));
    }

    [Theory]
    [InlineData("Statoil will drill a second well even if the test works", "drill")]
    [InlineData("Statoil will drill a second well and engineers will know within days if it works", "drill")]
    [InlineData("Statoil will drill a second well next month", "drill")]
    [InlineData("In this case, Statoil will drill a second well", "drill")]
    [InlineData("In that case the court will rule next week", "rule")]
    public void A_concession_or_a_condition_of_another_clause_sets_no_condition(string clause, string verb)
    {
        Assert.False(Holds(clause, verb));
    }

    [Fact]
    public void A_contingent_step_is_not_told_and_the_plain_one_is()
    {
        Assert.DoesNotContain(Events("If that fails, Statoil will drill a relief well."), e => e.Sources[0].Trigger == "drill");
        Assert.Contains(Events("Statoil will drill a relief well."), e => e.Sources[0].Trigger == "drill");
    }

    [Fact]
    public void A_step_under_the_condition_the_sentence_before_told_is_not_told()
    {
        const string Before = "Statoil says the leak was caused by a freak wave. ";
        Assert.DoesNotContain(Events(Before + "In that case, Statoil will soon be blaming a whale."), e => e.Sources[0].Trigger == "blaming");
        Assert.Contains(Events(Before + "Statoil will soon be blaming a whale."), e => e.Sources[0].Trigger == "blaming");
    }

    [Fact]
    public void A_happening_under_way_is_told_whatever_the_condition()
    {
        Assert.Contains(Events("If the dome fails, Statoil has also begun to drill a relief well."), e => e.Sources[0].Trigger is "begun" or "drill");
    }
}
