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

    [Fact]
    public void Knows_a_demonym_as_its_country()
    {
        var entry = Names.Find("Belarusian");

        Assert.Equal(new GazetteerEntry { Name = "Belarus", Kind = ActorKind.Country, Country = "Belarus", IsDemonym = true }, entry);
    }

    [Fact]
    public void Gives_the_west_and_western_powers_one_group()
    {
        var west = Names.Find("the West");
        var powers = Names.Find("Western powers");

        Assert.Equal(ActorKind.Group, west?.Kind);
        Assert.Equal(west, powers);
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
}
