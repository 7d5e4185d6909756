using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;
using Timeline.Tests.Extract.Events;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A firm an article introduces by its trade ("the carmaker Chrysler") is the firm wherever its name stands alone later.</summary>
public sealed class TradeNamedFirmsTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    private static List<List<ActorMention>> Mentions(string body)
    {
        var sentences = SentenceSplitter.Split(body);
        return TradeNamedFirms.Add(Gazetteer.Default, sentences, [.. sentences.Select(s => Recognizer.Recognize(s.Text, s.Start))]);
    }

    [Fact]
    public void The_bare_name_after_the_trade_introduced_it_is_the_firm()
    {
        var e = fixture.ByTrigger("The Italian carmaker Fiat agreed on Friday to buy a stake in a rival.\n\nFiat closed eight plants on Saturday.",
            new DateOnly(2009, 5, 8), "closed");

        Assert.Equal(["fiat"], e.Actors);
    }

    [Theory]
    [InlineData("The Italian car maker Fiat agreed on Friday to buy a stake in a rival.\n\nFiat closed eight plants on Saturday.")]
    [InlineData("The aircraft manufacturer Fiat agreed on Friday to buy a stake in a rival.\n\nFiat closed eight plants on Saturday.")]
    public void A_trade_written_as_two_words_introduces_the_firm_too(string body)
    {
        var e = fixture.ByTrigger(body, new DateOnly(2009, 5, 8), "closed");

        Assert.Equal(["fiat"], e.Actors);
    }

    [Fact]
    public void A_film_maker_is_no_firms_trade()
    {
        var mentions = Mentions("The Italian film maker Fiat agreed on Friday to buy a stake in a rival. Fiat closed eight plants on Saturday.");

        Assert.DoesNotContain(mentions.SelectMany(s => s), m => m.Text == "Fiat" && m.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void A_longer_name_the_word_is_part_of_is_another_name()
    {
        var mentions = Mentions("The Italian carmaker Fiat agreed on Friday to buy a stake in a rival. Investors sold Fiat Tower on Sunday.");

        Assert.DoesNotContain(mentions[1], m => m.Text == "Fiat");
    }

    [Fact]
    public void Without_the_trade_the_word_is_left_as_the_recogniser_read_it()
    {
        var mentions = Mentions("Fiat agreed on Friday to buy a stake in a rival. Fiat closed eight plants on Saturday.");

        Assert.DoesNotContain(mentions.SelectMany(s => s), m => m.Text == "Fiat" && m.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void The_bare_name_after_an_apposition_of_its_trade_is_the_firm()
    {
        var e = fixture.ByTrigger("Fiat, the Italian carmaker, agreed on Friday to buy a stake in a rival.\n\nFiat closed eight plants on Saturday.",
            new DateOnly(2009, 5, 8), "closed");

        Assert.Equal(["fiat"], e.Actors);
    }
}
