using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A name ending in "-shire" is a county, a place, whatever a model read it as.</summary>
public sealed class CountyNamesTests
{
    [Theory]
    [InlineData("Vellshire")]
    [InlineData("Oxfordshire")]
    [InlineData("North Vellshire")]
    [InlineData("New Hampshire")]
    public void A_shire_is_a_county(string name)
    {
        Assert.True(CountyNames.IsCounty(name));
    }

    [Theory]
    [InlineData("Vellshire County Council")]
    [InlineData("Berkshire Hathaway")]
    [InlineData("University of New Hampshire")]
    [InlineData("Shire")]
    [InlineData("VELLSHIRE")]
    [InlineData("Vellshire Police")]
    public void A_name_that_goes_on_past_the_county_or_is_not_one_is_not_a_county(string name)
    {
        Assert.False(CountyNames.IsCounty(name));
    }

    private static ActorMention Read(string sentence, string name, ActorKind kind = ActorKind.Organisation, params ActorMention[] others)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var mention = new ActorMention { Start = at, Text = name, Kind = kind, Name = name };
        var mentions = others.Append(mention).OrderBy(m => m.Start).ToList();
        return CountyNames.Read(sentence, 0, mentions).Single(m => m.Text == name);
    }

    [Theory]
    [InlineData("A six-year-old girl in Vellshire has recovered.")]
    [InlineData("Eton College near North Vellshire was closed for a week.")]
    public void A_county_after_a_preposition_of_place_is_a_place_whatever_it_was_read_as(string sentence)
    {
        Assert.Equal(ActorKind.Place, Read(sentence, sentence.Contains("North", StringComparison.Ordinal) ? "North Vellshire" : "Vellshire").Kind);
    }

    [Fact]
    public void A_county_among_places_is_a_place()
    {
        const string sentence = "Cases were confirmed in Newcastle, Vellshire, Devon and Aarhus.";
        var devon = new ActorMention { Start = sentence.IndexOf("Devon", StringComparison.Ordinal), Text = "Devon", Kind = ActorKind.Place, Name = "Devon" };

        Assert.Equal(ActorKind.Place, Read(sentence, "Vellshire", ActorKind.Organisation, devon).Kind);
    }

    [Theory]
    [InlineData("Vellshire beat Ortshire by six wickets.")]
    [InlineData("Lars Holm, the captain of Vellshire, scored 80.")]
    public void A_county_as_a_team_stays_as_read(string sentence)
    {
        Assert.Equal(ActorKind.Organisation, Read(sentence, "Vellshire").Kind);
    }

    [Theory]
    [InlineData(ActorKind.Person)]
    [InlineData(ActorKind.Country)]
    public void A_person_or_a_country_stays_as_read(ActorKind kind)
    {
        Assert.Equal(kind, Read("A girl in Vellshire has recovered.", "Vellshire", kind).Kind);
    }
}
