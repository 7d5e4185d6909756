using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>"previously" or "formerly" on the verb: what was done before the story, the record of whom it is about.</summary>
public sealed class PriorAdverbTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    private static bool Marks(string clause, string groupStart, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return PriorAdverb.Marks(words, 0, words.IndexOf(groupStart), words.IndexOf(verb));
    }

    [Theory]
    [InlineData("Holm previously ran the fund", "ran", "ran")]
    [InlineData("Holm has previously worked for Maersk", "has", "worked")]
    [InlineData("Holm had formerly been jailed for fraud", "had", "jailed")]
    [InlineData("Previously , Holm ran the fund", "ran", "ran")]
    public void The_adverb_on_the_verb_or_opening_the_clause_marks_it(string clause, string groupStart, string verb)
    {
        Assert.True(Marks(clause, groupStart, verb));
    }

    [Theory]
    [InlineData("A previously unknown group attacked the office", "attacked", "attacked")]
    [InlineData("Previously unreleased songs leaked online", "leaked", "leaked")]
    [InlineData("Holm ran the fund that had previously paid the victims", "ran", "ran")]
    [InlineData("Holm ran the fund", "ran", "ran")]
    public void The_adverb_on_a_noun_or_in_another_clause_does_not(string clause, string groupStart, string verb)
    {
        Assert.False(Marks(clause, groupStart, verb));
    }

    [Fact]
    public void A_previous_act_with_no_time_of_its_own_is_no_event_but_one_the_text_dates_is()
    {
        var before = fixture.Extract(Lead + "Prime Minister Lars Holm previously sacked Jonas Dahl.", Published).Events;
        var plain = fixture.Extract(Lead + "Prime Minister Lars Holm sacked Jonas Dahl.", Published).Events;
        var dated = fixture.Extract(Lead + "Prime Minister Lars Holm previously sacked Jonas Dahl in 2005.", Published).Events;

        Assert.DoesNotContain(before, e => e.Sources[0].Trigger == "sacked");
        Assert.Contains(plain, e => e.Sources[0].Trigger == "sacked");
        Assert.Contains(dated, e => e.Sources[0].Trigger == "sacked" && e.Date.Value == "2005");
    }
}
