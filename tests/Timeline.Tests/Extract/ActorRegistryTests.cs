using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ActorRegistryTests
{
    [Fact]
    public void Unions_the_aliases_of_one_actor_from_several_articles()
    {
        var first = new Actor { Id = "gabriel-boric", Name = "Gabriel Boric", Kind = ActorKind.Person, Aliases = ["Boric"] };
        var second = new Actor { Id = "gabriel-boric", Name = "Gabriel Boric", Kind = ActorKind.Person, Aliases = ["President Boric", "Boric", "Gabriel Boric"], Role = "President", Country = "Chile" };

        var merged = Assert.Single(ActorRegistry.Merge([[first], [second]]));

        Assert.Equal(["Boric", "President Boric"], merged.Aliases);
        Assert.Equal("President", merged.Role);
        Assert.Equal("Chile", merged.Country);
    }

    [Fact]
    public void Takes_the_kind_most_articles_give_and_the_first_at_a_tie()
    {
        var person = new Actor { Id = "ilse-varga", Name = "Ilse Varga", Kind = ActorKind.Person };
        var place = new Actor { Id = "tovik", Name = "Tovik", Kind = ActorKind.Place };

        var merged = ActorRegistry.Merge([[person with { Kind = ActorKind.Organisation }, place], [person, place with { Kind = ActorKind.Person }], [person]]);

        Assert.Equal([("ilse-varga", ActorKind.Person), ("tovik", ActorKind.Place)], merged.Select(a => (a.Id, a.Kind)).OrderBy(p => p.Id));
    }

    [Fact]
    public void A_name_with_no_given_name_that_an_article_reads_as_an_organisation_is_one()
    {
        var firm = new Actor { Id = "krovik-vellmann", Name = "Krovik Vellmann", Kind = ActorKind.Organisation };
        var person = firm with { Kind = ActorKind.Person };

        var merged = Assert.Single(ActorRegistry.Merge([[person], [firm], [person]]));
        var named = Assert.Single(ActorRegistry.Merge([[person], [firm], [person with { Role = "Chairman" }]]));
        var ilse = Assert.Single(ActorRegistry.Merge([[firm with { Id = "ilse-vellmann", Name = "Ilse Vellmann" }], [person with { Id = "ilse-vellmann", Name = "Ilse Vellmann" }], [person with { Id = "ilse-vellmann", Name = "Ilse Vellmann" }]]));
        var people = Assert.Single(ActorRegistry.Merge([[person], [person]]));

        Assert.Equal(ActorKind.Organisation, merged.Kind);
        Assert.Equal(ActorKind.Person, named.Kind);
        Assert.Equal(ActorKind.Person, ilse.Kind);
        Assert.Equal(ActorKind.Person, people.Kind);
    }

    [Theory]
    [InlineData("Krovik Vellmann", true)]
    [InlineData("Ilse Vellmann", false)]
    [InlineData("J. Vellmann", false)]
    [InlineData("Vellmann", false)]
    [InlineData("Anne-Marie Vellmann", false)]
    public void A_name_opens_without_a_given_name_unless_its_first_word_is_one_or_an_initial(string name, bool without)
    {
        Assert.Equal(without, ActorRegistry.OpensWithoutGivenName(name));
    }

    [Fact]
    public void Keeps_the_first_role_and_country_given()
    {
        var first = new Actor { Id = "amara-diallo", Name = "Amara Diallo", Kind = ActorKind.Person, Role = "Envoy", Country = "Guinea" };
        var second = first with { Role = "Minister", Country = "Mali" };

        var merged = Assert.Single(ActorRegistry.Merge([[first], [second]]));

        Assert.Equal(("Envoy", "Guinea"), (merged.Role, merged.Country));
    }

    [Fact]
    public void Gives_an_actor_only_the_country_of_articles_that_read_it_as_its_kind()
    {
        var town = new Actor { Id = "vellby", Name = "Vellby", Kind = ActorKind.Place, Country = "Norway" };
        var president = town with { Kind = ActorKind.Person, Role = "President", Country = null };

        var merged = Assert.Single(ActorRegistry.Merge([[town], [president], [president]]));
        var town2 = Assert.Single(ActorRegistry.Merge([[town], [president with { Role = null }], [town with { Country = null }]]));

        Assert.Equal((ActorKind.Person, (string?)null), (merged.Kind, merged.Country));
        Assert.Equal((ActorKind.Place, "Norway"), (town2.Kind, town2.Country));
    }

    [Fact]
    public void Does_not_share_the_alias_list_of_its_input()
    {
        var actor = new Actor { Id = "kenya", Name = "Kenya", Kind = ActorKind.Country, Aliases = ["Kenyan"] };

        var merged = ActorRegistry.Merge([[actor], [actor with { Aliases = ["Kenyans"] }]]);

        Assert.Equal(["Kenyan"], actor.Aliases);
        Assert.Equal(["Kenyan", "Kenyans"], merged[0].Aliases);
    }

    [Fact]
    public void Sorts_actors_by_kind_then_name()
    {
        var merged = ActorRegistry.Merge([
            [new Actor { Id = "peru", Name = "Peru", Kind = ActorKind.Country }, new Actor { Id = "zoe-adams", Name = "Zoe Adams", Kind = ActorKind.Person }],
            [new Actor { Id = "chile", Name = "Chile", Kind = ActorKind.Country }, new Actor { Id = "ana-bel", Name = "Ana Bel", Kind = ActorKind.Person }],
        ]);

        Assert.Equal(["ana-bel", "zoe-adams", "chile", "peru"], merged.Select(a => a.Id));
    }

    [Fact]
    public void A_place_named_first_in_a_datelines_capitals_takes_the_spelling_another_article_gives()
    {
        var dateline = new Actor { Id = "tovik", Name = "TOVIK", Kind = ActorKind.Place };
        var acronym = new Actor { Id = "nato", Name = "NATO", Kind = ActorKind.Organisation };

        var merged = ActorRegistry.Merge([[dateline, acronym], [dateline with { Name = "Tovik" }, acronym with { Name = "Nato" }]]);

        Assert.Equal(["NATO", "Tovik"], merged.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_another_article_writes_with_a_firms_legal_form_is_that_firms()
    {
        var sachs = new Actor { Id = "goldvine-sachs", Name = "Goldvine Sachs", Kind = ActorKind.Person };
        var group = new Actor { Id = "goldvine-sachs-group", Name = "Goldvine Sachs Group", Kind = ActorKind.Organisation };
        var rig = new Actor { Id = "tranzocean", Name = "Tranzocean", Kind = ActorKind.Place };
        var ltd = new Actor { Id = "tranzocean-ltd", Name = "Tranzocean Ltd", Kind = ActorKind.Organisation };
        var maker = new Actor { Id = "kamero", Name = "Kamero", Kind = ActorKind.Person, Role = "Chief Executive Officer" };
        var corp = new Actor { Id = "kamero-international-corp", Name = "Kamero International Corp", Kind = ActorKind.Organisation };
        var beard = new Actor { Id = "jamie-beardon", Name = "Jamie Beardon", Kind = ActorKind.Person };
        var foundation = new Actor { Id = "jamie-beardon-foundation", Name = "Jamie Beardon Foundation", Kind = ActorKind.Organisation };
        var founder = new Actor { Id = "ilse-varga", Name = "Ilse Varga", Kind = ActorKind.Person, Role = "Founder" };
        var firm = new Actor { Id = "ilse-varga-inc", Name = "Ilse Varga Inc", Kind = ActorKind.Organisation };

        var merged = ActorRegistry.Merge([[sachs, rig, maker, beard, founder], [group, ltd, corp, foundation, firm]]).ToDictionary(a => a.Id, a => a.Kind);

        Assert.Equal(ActorKind.Organisation, merged["goldvine-sachs"]);
        Assert.Equal(ActorKind.Organisation, merged["tranzocean"]);
        Assert.Equal(ActorKind.Organisation, merged["kamero"]);
        Assert.Equal(ActorKind.Person, merged["jamie-beardon"]);
        Assert.Equal(ActorKind.Person, merged["ilse-varga"]);
    }

    [Fact]
    public void An_actor_one_article_writes_after_a_place_noun_is_a_place_unless_it_speaks_has_a_role_or_names_a_body()
    {
        Actor[] merged =
        [
            new() { Id = "santa-vella", Name = "Santa Vella", Kind = ActorKind.Person },
            new() { Id = "halvik", Name = "Halvik", Kind = ActorKind.Organisation },
            new() { Id = "lars-holm", Name = "Lars Holm", Kind = ActorKind.Person, Role = "Mayor" },
            new() { Id = "vell-water-board", Name = "Vell Water Board", Kind = ActorKind.Organisation },
            new() { Id = "ida-berg", Name = "Ida Berg", Kind = ActorKind.Person },
        ];
        List<List<ActorSupport>> support =
        [
            [Named("santa-vella", place: true), Named("halvik", place: true), Named("lars-holm", place: true), Named("vell-water-board", place: true)],
            [Named("santa-vella"), Named("halvik") with { Speaks = true }, Named("ida-berg")],
        ];

        var kinds = ActorRegistry.NamedPlaces([.. merged], support, new HashSet<string>()).ToDictionary(a => a.Id, a => a.Kind);

        Assert.Equal(ActorKind.Place, kinds["santa-vella"]);
        Assert.Equal(ActorKind.Organisation, kinds["halvik"]);
        Assert.Equal(ActorKind.Person, kinds["lars-holm"]);
        Assert.Equal(ActorKind.Organisation, kinds["vell-water-board"]);
        Assert.Equal(ActorKind.Person, kinds["ida-berg"]);
    }

    private static ActorSupport Named(string id, bool place = false) => new() { ActorId = id, Sentences = 1, InEvent = false, IsNamedPlace = place };
}
