using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A relative clause set off by commas inside a clause ("Maersk, which owns the port, closed it"): the clause goes on after it.</summary>
public sealed class RelativeInsertionTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    private static List<string> Inserted(string text)
    {
        var words = Tokenizer.Tokenize(text).Select(t => t.Text).ToList();
        return [.. RelativeInsertion.Find(words, PosTagger.Default.Tag(words)).Select(r => string.Join(' ', words.Skip(r.Open + 1).Take(r.Close - r.Open - 1)))];
    }

    [Theory]
    [InlineData("Maersk, which owns the port, closed it on Friday.", "which owns the port")]
    [InlineData("Jonas Dahl, who took over as chairman in 2019, also resigned.", "who took over as chairman in 2019")]
    [InlineData("Vell, whose shares fell, has agreed to pay.", "whose shares fell")]
    [InlineData("The firm, which sold ships, rigs and cranes, will close.", "which sold ships , rigs and cranes")]
    public void A_relative_clause_closed_by_a_comma_before_the_finite_verb_is_an_insertion(string text, string insertion)
    {
        Assert.Equal([insertion], Inserted(text));
    }

    [Theory]
    [InlineData("Maersk hired Jonas Dahl, who left Vell in 2019.")]
    [InlineData("Maersk hired Jonas Dahl, who left Vell, and Ida Berg.")]
    [InlineData("Maersk closed the port, which handles grain, on Friday.")]
    [InlineData("Maersk, the port's owner, closed it on Friday.")]
    public void A_relative_clause_that_interrupts_no_clause_is_not(string text)
    {
        Assert.Empty(Inserted(text));
    }

    [Fact]
    public void The_clause_is_read_without_the_insertion_its_verb_its_names_and_its_time()
    {
        var events = fixture.Extract(Lead + "Jonas Dahl, who met Prime Minister Lars Holm in 2019, resigned on Friday.", Published).Events;

        var resigned = Assert.Single(events, e => e.Sources[0].Trigger == "resigned");
        Assert.Equal("Jonas Dahl resigned", resigned.Title);
        Assert.Equal(["jonas-dahl"], resigned.Actors);
        Assert.Equal("2023-05-05", resigned.Date.Value);
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "met");
    }

    [Fact]
    public void A_name_inside_the_insertion_is_no_actor_of_the_clause()
    {
        var events = fixture.Extract(Lead + "Maersk, whose chairman Ida Berg visited Vell in May, closed its Aarhus terminal on Friday.", Published).Events;

        var closed = Assert.Single(events, e => e.Sources[0].Trigger == "closed");
        Assert.Equal(["maersk"], closed.Actors);
        Assert.Null(closed.Place);
    }

    [Fact]
    public void A_relative_clause_at_the_end_of_the_sentence_still_tells_nothing()
    {
        var events = fixture.Extract(Lead + "Prime Minister Lars Holm sacked Jonas Dahl, who had met Ida Berg in 2019.", Published).Events;

        var sacked = Assert.Single(events, e => e.Sources[0].Trigger == "sacked");
        Assert.Equal("Lars Holm sacked Jonas Dahl", sacked.Title);
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "met");
    }
}
