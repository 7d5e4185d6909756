using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Names = Gazetteer.Default;

    [Fact]
    public void Knows_moscow_as_a_place_in_russia()
    {
        var entry = Names.Find("Moscow");

        Assert.Equal(ActorKind.Place, entry?.Kind);
        Assert.Equal("Russia", entry?.Country);
    }

    [Theory]
    [InlineData("Facebook", "Facebook")]
    [InlineData("Meta", "Meta")]
    [InlineData("Alphabet", "Alphabet")]
    [InlineData("Google", "Google")]
    public void Keeps_a_firm_and_the_group_it_was_renamed_into_apart_so_a_title_names_what_the_text_names(string text, string name)
    {
        Assert.Equal(name, Names.Find(text)?.Name);
    }

    [Theory]
    [InlineData("Turkey", "Turkey")]
    [InlineData("Türkiye", "Turkey")]
    [InlineData("Czechia", "Czech Republic")]
    [InlineData("Cabo Verde", "Cape Verde")]
    public void Names_a_country_as_english_news_writes_it_whatever_its_newer_official_name(string text, string name)
    {
        Assert.Equal(name, Names.Find(text)?.Name);
    }

    [Fact]
    public void Knows_a_demonym_as_its_country()
    {
        var entry = Names.Find("Belarusian");

        Assert.Equal(new GazetteerEntry { Name = "Belarus", Kind = ActorKind.Country, Country = "Belarus", IsDemonym = true }, entry);
    }

    [Theory]
    [InlineData("South African", "South Africa")]
    [InlineData("Sri Lankan", "Sri Lanka")]
    [InlineData("Saudi Arabian", "Saudi Arabia")]
    [InlineData("Swedish", "Sweden")]
    [InlineData("Slovenian", "Slovenia")]
    [InlineData("Nigerien", "Niger")]
    [InlineData("Nigerian", "Nigeria")]
    [InlineData("Papua New Guinean", "Papua New Guinea")]
    [InlineData("Guinean", "Guinea")]
    [InlineData("Samoan", "Samoa")]
    [InlineData("American Samoan", "American Samoa")]
    public void Knows_the_demonym_of_a_country_whose_name_has_two_words_or_an_irregular_adjective(string demonym, string country)
    {
        var entry = Names.Find(demonym);

        Assert.Equal(new GazetteerEntry { Name = country, Kind = ActorKind.Country, Country = country, IsDemonym = true }, entry);
    }

    [Fact]
    public void Gives_the_west_and_western_powers_one_group()
    {
        var west = Names.Find("the West");
        var powers = Names.Find("Western powers");

        Assert.Equal(ActorKind.Group, west?.Kind);
        Assert.Equal(west, powers);
    }

    [Theory]
    [InlineData("Downing Street", "Downing Street")]
    [InlineData("the Elysee", "Elysee Palace")]
    [InlineData("the Kremlin", "Kremlin")]
    public void Knows_a_seat_of_government_as_the_office_that_speaks_from_it(string text, string name)
    {
        var entry = Names.Find(text);

        Assert.Equal(ActorKind.Organisation, entry?.Kind);
        Assert.Equal(name, entry?.Name);
    }

    [Fact]
    public void Looks_names_up_case_sensitively()
    {
        Assert.Equal("United States", Names.Find("US")?.Name);
        Assert.Null(Names.Find("us"));
    }

    [Fact]
    public void Lets_a_country_win_over_a_city_of_the_same_name()
    {
        Assert.Equal(ActorKind.Country, Names.Find("Singapore")?.Kind);
    }

    [Fact]
    public void Knows_multiword_roles_and_sentence_starters()
    {
        Assert.Contains("defense minister", Names.Roles);
        Assert.Contains("however", Names.CommonWords);
        Assert.Contains("despite", Names.CommonWords);
        Assert.True(Names.MaxRoleTokens >= 3);
    }

    [Theory]
    [InlineData("Lincolnshire", "United Kingdom")]
    [InlineData("Hesse", "Germany")]
    [InlineData("Hessen", "Germany")]
    [InlineData("Galway", "Ireland")]
    [InlineData("East Java", "Indonesia")]
    [InlineData("County Durham", "United Kingdom")]
    public void Knows_a_subdivision_as_a_place_in_its_country(string name, string country)
    {
        var entry = Names.Find(name);

        Assert.Equal(ActorKind.Place, entry?.Kind);
        Assert.Equal(country, entry?.Country);
    }

    [Theory]
    [InlineData("Havant", "Havant", "United Kingdom")]
    [InlineData("Bridgeton", "Bridgeton", "United States")]
    [InlineData("Frankfurt", "Frankfurt am Main", "Germany")]
    [InlineData("Aarhus", "Århus", "Denmark")]
    [InlineData("Zurich", "Zürich", "Switzerland")]
    public void Knows_a_mid_size_city_by_the_name_news_writes(string name, string canonical, string country)
    {
        var entry = Names.Find(name);

        Assert.Equal(new GazetteerEntry { Name = canonical, Kind = ActorKind.Place, Country = country, IsTown = true }, entry);
    }

    [Theory]
    [InlineData("Paris", false)]
    [InlineData("Washington", false)]
    [InlineData("Gresham", true)]
    public void Knows_a_capital_from_a_town(string name, bool town)
    {
        Assert.Equal(town, Names.Find(name)?.IsTown);
    }

    [Theory]
    [InlineData("Spring")]
    [InlineData("Union")]
    [InlineData("Sandy")]
    [InlineData("Castro")]
    [InlineData("Centre")]
    [InlineData("South East")]
    public void Leaves_out_a_small_place_named_like_a_common_word_a_given_name_or_a_direction(string name)
    {
        Assert.Null(Names.Find(name));
    }

    [Fact]
    public void Keeps_a_big_city_named_like_a_common_word()
    {
        Assert.Equal("United Kingdom", Names.Find("Reading")?.Country);
        Assert.Equal("United States", Names.Find("Providence")?.Country);
    }

    [Fact]
    public void Knows_companies_but_not_those_named_like_ordinary_words_or_people()
    {
        Assert.Equal(ActorKind.Organisation, Gazetteer.Default.Find("Airbus")?.Kind);
        Assert.Equal(ActorKind.Organisation, Gazetteer.Default.Find("Accenture")?.Kind);
        Assert.Null(Gazetteer.Default.Find("Target"));
        Assert.Equal(ActorKind.Place, Gazetteer.Default.Find("Aberdeen")?.Kind);
    }
}
