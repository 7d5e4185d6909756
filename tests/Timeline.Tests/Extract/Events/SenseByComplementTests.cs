using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A lawsuit accuses, a defence in words supports, a letter sent is no aid, a directive no cooperation.</summary>
public sealed class SenseByComplementTests
{
    private static string Refine(string type, string clause, string trigger, string[]? persons = null, string[]? actors = null)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var people = persons ?? [];
        var named = (actors ?? []).Concat(people).ToList();
        return SenseByComplement.Refine(type, words, words.IndexOf(trigger), k => k < words.Count && people.Contains(words[k]),
            k => k < words.Count && named.Contains(words[k]));
    }

    [Theory]
    [InlineData("The fishermen's union sued Halvorsen Shipping for lost earnings", "sued")]
    [InlineData("The state is suing the refinery over the fumes", "suing")]
    public void Suing_is_an_accusation_at_law(string clause, string trigger)
    {
        Assert.Equal("ACCUSE", Refine("COERCE", clause, trigger));
    }

    [Theory]
    [InlineData("Williams protested to a Corvane supervisor, who dismissed his concerns", "protested", "ACCUSE")]
    [InlineData("Norvik protested to the Danish ambassador over the arrests", "protested", "ACCUSE")]
    [InlineData("Thousands protested outside the Corvane refinery", "protested", "PROTEST")]
    public void Protesting_to_someone_is_a_complaint_to_them(string clause, string trigger, string type)
    {
        Assert.Equal(type, Refine("PROTEST", clause, trigger));
    }

    [Theory]
    [InlineData("Senator Berg asked why Halvorsen Shipping had registered its rigs abroad", "asked", "other")]
    [InlineData("Berg asked the minister whether the port was safe", "asked", "other")]
    [InlineData("Berg asked Halvorsen how many workers had been hurt", "asked", "other")]
    [InlineData("Berg asked the minister to resign", "asked", "REQUEST")]
    [InlineData("Norvik asked for international aid", "asked", "REQUEST")]
    [InlineData("Berg asked Halvorsen for the logs", "asked", "REQUEST")]
    [InlineData("Judge Berg asked the lawyers who have brought suits to submit applications", "asked", "REQUEST")]
    [InlineData("Berg asked who had approved the plan", "asked", "other")]
    public void Asking_a_question_requests_nothing(string clause, string trigger, string type)
    {
        Assert.Equal(type, Refine("REQUEST", clause, trigger));
    }

    [Fact]
    public void Defending_someone_in_words_supports_them()
    {
        Assert.Equal("SUPPORT", Refine("AID", "A company spokeswoman defended Lindqvist", "defended", ["Lindqvist"]));
        Assert.Equal("AID", Refine("AID", "Government troops defended Norvik against the rebels", "defended", actors: ["Norvik"]));
    }

    [Theory]
    [InlineData("Senator Hale sent a sharply worded letter to Corvane", "sent")]
    [InlineData("The coastguard sent Corvane a bill for the cleanup", "sent")]
    [InlineData("The inspector will deliver her report to Corvane next week", "deliver")]
    [InlineData("Corvane sent remote cameras down to the wreck to inspect the hull", "sent")]
    [InlineData("The ministry sent Hollis to Lima", "sent")]
    public void Sending_words_a_person_or_gear_to_no_one_is_no_aid(string clause, string trigger)
    {
        Assert.Equal("other", Refine("AID", clause, trigger, ["Hollis"], ["Corvane"]));
    }

    [Theory]
    [InlineData("The charity sent tents and blankets to Corvane", "sent")]
    [InlineData("The agency sent Corvane 200 tonnes of rice", "sent")]
    public void Goods_sent_to_a_recipient_are_aid(string clause, string trigger)
    {
        Assert.Equal("AID", Refine("AID", clause, trigger, actors: ["Corvane"]));
    }

    [Fact]
    public void A_directive_is_no_cooperation()
    {
        Assert.Equal("other", Refine("COOPERATE", "The minister directed the coastguard to widen the search", "directed"));
    }

    [Theory]
    [InlineData("The president on Wednesday signed into law a $10 billion measure", "signed")]
    [InlineData("The governor signed the bill on Monday", "signed")]
    [InlineData("Holm signed an executive order closing the port", "signed")]
    public void Signing_a_law_or_an_order_is_no_agreement(string clause, string trigger)
    {
        Assert.Equal("other", Refine("AGREE", clause, trigger));
    }

    [Theory]
    [InlineData("Vell United have signed Norway midfielder Lars Holm from Talvik", "signed")]
    [InlineData("Maersk signed the striker Holm on a free transfer", "signed")]
    public void Signing_a_person_hires_them_and_is_no_agreement(string clause, string trigger)
    {
        Assert.Equal("other", Refine("AGREE", clause, trigger, ["Lars", "Holm"]));
    }

    [Theory]
    [InlineData("Maersk and Talvik signed a deal to share the port", "signed")]
    [InlineData("The two ministers signed an accord with the law firm present", "signed")]
    // The person named after a preposition, or as the owner of what is signed, is a party, not the one hired.
    [InlineData("Maersk signed a deal with Lars Holm", "signed")]
    [InlineData("Maersk signed Holm's proposal for the port", "signed")]
    public void Signing_a_deal_between_parties_is_an_agreement(string clause, string trigger)
    {
        Assert.Equal("AGREE", Refine("AGREE", clause, trigger, ["Lars", "Holm"]));
    }

    [Fact]
    public void Introducing_a_report_is_no_meeting()
    {
        Assert.Equal("other", Refine("CONSULT", "The adviser introduced a report by the weather service", "introduced"));
        Assert.Equal("CONSULT", Refine("CONSULT", "The adviser introduced Hollis to the committee", "introduced", ["Hollis"]));
    }

    [Theory]
    [InlineData("Corvane accepted a partial share of the blame for the spill", "accepted")]
    [InlineData("The harbour board accepted full responsibility for the collision", "accepted")]
    [InlineData("Halvorsen Shipping accepts liability", "accepts")]
    [InlineData("Corvane accepted some responsibility for the disaster", "accepted")]
    [InlineData("The board accepted much of the criticism", "accepted")]
    public void Accepting_blame_is_owning_up_not_agreeing(string clause, string trigger)
    {
        Assert.Equal("other", Refine("AGREE", clause, trigger));
    }

    [Theory]
    [InlineData("Corvane accepted the union's offer", "accepted")]
    [InlineData("The board accepted the findings of a report on its failures", "accepted")]
    [InlineData("Halvorsen Shipping accepted a share of the venture", "accepted")]
    public void Accepting_an_offer_or_a_finding_is_still_agreeing(string clause, string trigger)
    {
        Assert.Equal("AGREE", Refine("AGREE", clause, trigger));
    }
}
