using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

public sealed class CountedFromHappeningTests
{
    private static bool Counted(string clause, string trigger, Func<int, bool>? inTime = null) =>
        CountedFromHappening.In(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), inTime ?? (_ => false));

    [Theory]
    [InlineData("The State Department sent letters to its allies two weeks after the accident", "sent")]
    [InlineData("The director stepped down hours before a planned press conference", "stepped")]
    [InlineData("In the months before his death, the singer employed a cardiologist", "employed")]
    [InlineData("A day before the fire, the institute held a rally in Houston", "held")]
    [InlineData("Scientists began mapping the coast just days after the spill", "began")]
    [InlineData("The president welcomed the prime minister six weeks after being sworn in", "welcomed")]
    [InlineData("Two years after Valdez's grounding, Exxon settled the charges", "settled")]
    [InlineData("The company changed its plan weeks into the crisis", "changed")]
    public void A_count_of_time_from_a_named_happening_is_found(string clause, string trigger)
    {
        Assert.True(Counted(clause, trigger));
    }

    [Theory]
    [InlineData("A year earlier, the agency fined the firm", "fined")]
    [InlineData("The firm paid the fine two days later", "paid")]
    [InlineData("The firm paid the fine after the ruling", "paid")]
    [InlineData("The minister resigned two days after Christmas", "resigned")]
    [InlineData("The minister spent two weeks in the capital", "spent")]
    [InlineData("Dudley took up his post earlier this month after his predecessor stepped down", "took")]
    public void A_count_from_a_time_or_no_count_is_not(string clause, string trigger)
    {
        Assert.False(Counted(clause, trigger));
    }

    [Theory]
    [InlineData("BP raised the question whether Transocean ignored tests hours before the explosion", "raised")]
    [InlineData("The expert criticised the doctor for talking on the phone in the hours before the death", "criticised")]
    public void A_count_that_times_another_clause_or_verb_is_not_the_event_own(string clause, string trigger)
    {
        Assert.False(Counted(clause, trigger));
    }

    [Fact]
    public void A_time_expression_after_the_preposition_is_a_date_not_a_happening()
    {
        const string clause = "The board met two days before the holiday weekend";
        var holiday = clause.IndexOf("the holiday", StringComparison.Ordinal);

        Assert.True(Counted(clause, "met"));
        Assert.False(Counted(clause, "met", at => at >= holiday));
    }
}
