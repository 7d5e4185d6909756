using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"X did Y, the company said": the attribution after the clause, and the events read through it.</summary>
public sealed class PostposedAttributionTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static int CommaBefore(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return PostposedAttribution.CommaBefore(words, PosTagger.Default.Tag(words), words.LastIndexOf(verb));
    }

    [Theory]
    [InlineData("Maersk sold two ferries to a Greek line , the company said", "said")]
    [InlineData("Maersk sold two ferries to a Greek line , said a spokesman for the company", "said")]
    [InlineData("Maersk sold two ferries to a Greek line , Maersk spokesman Jens Hansen told reporters", "told")]
    [InlineData("Maersk sold two ferries to a Greek line , officials have said", "said")]
    public void The_comma_before_a_short_speaker_opens_the_attribution(string clause, string verb)
    {
        Assert.Equal(clause.Split(' ').ToList().IndexOf(","), CommaBefore(clause, verb));
    }

    [Theory]
    [InlineData("Maersk sold two ferries and the unions said nothing", "said")]
    [InlineData("Maersk sold two ferries , which the unions opposed and the minister said was a mistake", "said")]
    [InlineData("The ferries that Maersk sold to a Greek line in the spring of last year were old , the union leader from Aarhus who had worked on them said", "said")]
    public void A_saying_that_is_not_set_off_after_the_clause_has_no_such_comma(string clause, string verb)
    {
        Assert.Equal(-1, CommaBefore(clause, verb));
    }

    private TimelineEvent? Event(string body, string trigger) =>
        fixture.Extract(body, Published).Events.SingleOrDefault(e => e.Sources[0].Trigger == trigger);

    [Theory]
    [InlineData("Maersk paid forty million euros into a fund for the families of the crew, the company said.")]
    [InlineData("Maersk paid forty million euros into a fund for the families of the crew, said Jens Hansen, a spokesman.")]
    [InlineData("Maersk paid forty million euros into a fund for the families of the crew, according to Jens Hansen.")]
    public void A_happening_told_before_its_source_is_an_event(string body)
    {
        var paid = Event(body, "paid");

        Assert.NotNull(paid);
        Assert.StartsWith("Maersk paid forty million euros into a fund", paid.Title, StringComparison.Ordinal);
        Assert.Equal("maersk", paid.Actors[0]);
    }

    [Fact]
    public void The_speaker_after_an_inverted_verb_takes_part()
    {
        var paid = Event("Maersk paid forty million euros into a fund for the families of the crew, said Jens Hansen, a spokesman.", "paid");

        Assert.NotNull(paid);
        Assert.Contains("jens-hansen", paid.Actors);
    }

    [Theory]
    [InlineData("It sued the port authority of Aarhus over the fees, a Maersk spokeswoman said on Monday.")]
    [InlineData("He sued the port authority of Aarhus over the fees, Jens Hansen said on Monday.")]
    public void A_pronoun_before_the_attribution_does_not_stand_for_a_speaking_person(string body)
    {
        Assert.Null(Event(body, "sued"));
    }

    [Fact]
    public void It_before_the_attribution_is_the_body_that_speaks()
    {
        var sued = Event("It sued the port authority of Aarhus over the fees, Maersk said on Monday.", "sued");

        Assert.NotNull(sued);
        Assert.Equal("maersk", sued.Actors[0]);
    }

    [Theory]
    [InlineData("Maersk will survive the slump and keep paying its dividend to shareholders, analysts say.", "survive")]
    [InlineData("Maersk will survive the slump and keep paying its dividend to shareholders, said analysts at two banks.", "survive")]
    [InlineData("Industry analysts said Maersk would survive the slump and keep paying its dividend.", "survive")]
    [InlineData("Critics said Maersk had cut corners on the safety of its ferries for years.", "cut")]
    public void What_commentators_say_is_their_reading_not_a_happening(string body, string trigger)
    {
        Assert.Null(Event(body, trigger));
    }
}
