using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>An adverb of frequency before the verb tells a habit, not one happening.</summary>
public sealed class HabitualAdverbTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("At times, the Nordic Council gave Maersk advance approval for the dumping.", "gave")]
    [InlineData("The Nordic Council routinely approved requests made by Maersk.", "approved")]
    [InlineData("Lars Holm said he had frequently consulted with Maersk.", "consulted")]
    [InlineData("From time to time, Maersk paid the Nordic Council a fee.", "paid")]
    public void A_habit_is_no_happening(string sentence, string trigger)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("The Nordic Council approved the request made by Maersk on Tuesday.", "approved")]
    [InlineData("Maersk repeatedly criticised the Nordic Council at a news conference on Tuesday.", "criticised")]
    public void One_happening_stays(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData(new[] { "Maersk", "often", "paid", "fees" }, 2, true)]
    [InlineData(new[] { "at", "times", ",", "Maersk", "paid" }, 4, true)]
    [InlineData(new[] { "Maersk", "paid", "fees", ",", "as", "often", "happens" }, 1, false)]
    [InlineData(new[] { "every", "year", ",", "Maersk", "paid" }, 4, true)]
    public void Only_the_words_before_the_verb_count(string[] words, int verb, bool habit)
    {
        Assert.Equal(habit, HabitualAdverb.Marks(words, 0, verb));
    }

    [Theory]
    [InlineData("Lars Holm has visited the Maersk plant in Aarhus eight times.", "visited")]
    [InlineData("Ida Berg was questioned twice by Jutland police last week.", "questioned")]
    [InlineData("The Nordic Council fined Maersk 154 times in the past five years.", "fined")]
    [InlineData("Maersk has cut its prices dozens of times since 2019.", "cut")]
    [InlineData("Lars Holm won the Aarhus regatta every year from 1999 to 2005.", "won")]
    [InlineData("Each week, the Nordic Council fined Maersk for the spill.", "fined")]
    [InlineData("Maersk raised its prices every quarter in 2019.", "raised")]
    public void A_count_of_times_tells_a_repeated_happening(string sentence, string trigger)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Maersk bought twice as many ships on Tuesday as Fjord did.", "bought")]
    [InlineData("Maersk paid twice the asking price for the Fjord yard on Tuesday.", "paid")]
    [InlineData("Lars Holm resigned on Tuesday, at times the hardest day of his career.", "resigned")]
    [InlineData("The Nordic Council ordered Maersk on Tuesday to pay a fee every week.", "ordered")]
    [InlineData("Lars Holm won the Aarhus regatta on Sunday, the first race of every year.", "won")]
    public void A_measure_in_times_is_no_count(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData(new[] { "Maersk", "raised", "prices", "four", "times", "more", "than", "Fjord" }, false)]
    [InlineData(new[] { "Maersk", "raised", "prices", "four", "times", "higher" }, false)]
    [InlineData(new[] { "Maersk", "raised", "prices", "four", "times", "last", "year" }, true)]
    [InlineData(new[] { "Maersk", "raised", "prices", "on", "several", "occasions" }, true)]
    [InlineData(new[] { "Maersk", "raised", "prices", "after", "costs", "rose", "four", "times" }, false)]
    [InlineData(new[] { "Maersk", "paid", "a", "fee", "20", "times", "its", "profit" }, false)]
    [InlineData(new[] { "Maersk", "paid", "a", "fee", "every", "year" }, true)]
    [InlineData(new[] { "Maersk", "paid", "a", "fee", "every", "one", "of", "them" }, false)]
    [InlineData(new[] { "Maersk", "agreed", "to", "pay", "a", "fee", "each", "month" }, false)]
    public void Counts_reads_the_words_after_the_verb(string[] words, bool counted)
    {
        Assert.Equal(counted, HabitualAdverb.Counts(words, 1, words.Length));
    }

    [Theory]
    [InlineData(new[] { "Holm", "has", "repeatedly", "denied", "the", "charge" }, 1, 3, true)]
    [InlineData(new[] { "Maersk", "had", "consistently", "pledged", "to", "pay" }, 1, 3, true)]
    [InlineData(new[] { "Holm", "repeatedly", "denied", "the", "charge" }, 2, 2, false)]
    [InlineData(new[] { "Holm", "has", "strongly", "denied", "the", "charge" }, 1, 3, false)]
    public void A_perfect_with_an_adverb_of_repetition_spans_many_occasions(string[] words, int groupStart, int verb, bool repeats)
    {
        Assert.Equal(repeats, HabitualAdverb.RepeatsUpToNow(words, groupStart, verb));
    }

    [Fact]
    public void A_denial_repeated_up_to_now_is_no_happening_but_one_denial_is()
    {
        const string lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";
        var repeated = fixture.Extract(lead + "Prime Minister Lars Holm has repeatedly criticised Maersk over the leak.", Published).Events;
        var once = fixture.Extract(lead + "Prime Minister Lars Holm has criticised Maersk over the leak.", Published).Events;

        Assert.DoesNotContain(repeated, e => e.Sources[0].Trigger == "criticised");
        Assert.Contains(once, e => e.Sources[0].Trigger == "criticised");
    }
}
