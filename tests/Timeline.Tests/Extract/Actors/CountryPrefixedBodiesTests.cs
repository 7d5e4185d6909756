using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A country's initials before a body's name are a word of that name ("the US Fjord Survey").</summary>
public sealed class CountryPrefixedBodiesTests
{
    private static ActorMention Mention(int start, string text, ActorKind kind, string? name = null) =>
        new() { Start = start, Text = text, Kind = kind, Name = name ?? text };

    [Theory]
    [InlineData("The US Fjord Survey said", "US", "Fjord Survey", "US Fjord Survey")]
    [InlineData("The U.S. Fjord Survey said", "U.S.", "Fjord Survey", "U.S. Fjord Survey")]
    public void Initials_right_before_a_body_join_its_name(string sentence, string country, string body, string joined)
    {
        var mentions = CountryPrefixedBodies.Join(sentence, 0,
            [Mention(sentence.IndexOf(country, StringComparison.Ordinal), country, ActorKind.Country, "United States"), Mention(sentence.IndexOf(body, StringComparison.Ordinal), body, ActorKind.Organisation)]);

        var one = Assert.Single(mentions);
        Assert.Equal(joined, one.Name);
        Assert.Equal(ActorKind.Organisation, one.Kind);
        Assert.Equal(sentence.IndexOf(country, StringComparison.Ordinal), one.Start);
    }

    [Theory]
    [InlineData("Norway Fjord Survey said", "Norway", "Fjord Survey")]
    [InlineData("In the US, Fjord Survey said", "US", "Fjord Survey")]
    public void A_country_named_in_full_or_set_off_stays_apart(string sentence, string country, string body)
    {
        var mentions = CountryPrefixedBodies.Join(sentence, 0,
            [Mention(sentence.IndexOf(country, StringComparison.Ordinal), country, ActorKind.Country), Mention(sentence.IndexOf(body, StringComparison.Ordinal), body, ActorKind.Organisation)]);

        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void The_recogniser_reads_an_agency_with_the_initials_of_its_country_whole()
    {
        var mentions = new ActorRecognizer(Gazetteer.Default).Recognize("The US Fjord Survey is due to hold a conference call.", 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Organisation && m.Name == "US Fjord Survey");
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Country);
    }
}
