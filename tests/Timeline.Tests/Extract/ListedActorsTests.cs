using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ListedActorsTests
{
    private static readonly HashSet<string> NoEdits = [];

    private static Actor Person(string name, params string[] aliases) =>
        new() { Id = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Kind = ActorKind.Person, Aliases = [.. aliases] };

    private static Actor Body(string name, params string[] aliases) =>
        new() { Id = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Kind = ActorKind.Organisation, Aliases = [.. aliases] };

    private static ActorSupport Named(string id, int sentences) => new() { ActorId = id, Sentences = sentences, InEvent = true };

    private static ActorSupport Passing(string id) => new() { ActorId = id, Sentences = 1, InEvent = false };

    [Fact]
    public void A_family_name_joins_the_one_listed_bearer_when_the_other_is_named_once_in_passing()
    {
        var (registry, renamed) = ListedActors.Select([Person("Kessler"), Person("Anna Kessler"), Person("Tom Kessler", "Kessler")],
            [[Named("kessler", 2), Passing("anna-kessler"), Named("tom-kessler", 2)]], NoEdits);

        Assert.Equal(["tom-kessler"], registry.Select(a => a.Id));
        Assert.Equal("tom-kessler", renamed["kessler"]);
    }

    [Fact]
    public void A_family_name_of_two_listed_bearers_stays_apart()
    {
        var (registry, renamed) = ListedActors.Select([Person("Kessler"), Person("Anna Kessler"), Person("Tom Kessler", "Kessler")],
            [[Named("kessler", 2), Named("anna-kessler", 2), Named("tom-kessler", 2)]], NoEdits);

        Assert.Equal(3, registry.Count);
        Assert.Empty(renamed);
    }

    [Fact]
    public void Initials_join_the_one_listed_name_they_fit_when_the_other_fit_is_a_misspelling_named_once()
    {
        var (registry, renamed) = ListedActors.Select([Body("NCR"), Body("Nordic Council of Ruling"), Body("Nordic Council of Rulers")],
            [[Named("ncr", 2), Named("nordic-council-of-ruling", 2), Passing("nordic-council-of-rulers")]], NoEdits);

        Assert.Equal(["nordic-council-of-ruling"], registry.Select(a => a.Id));
        Assert.Equal("nordic-council-of-ruling", renamed["ncr"]);
        Assert.Contains("NCR", registry[0].Aliases);
    }

    [Fact]
    public void Initials_the_articles_write_far_more_often_than_the_listed_name_they_fit_stay_apart()
    {
        var (registry, renamed) = ListedActors.Select([Body("NCR"), Body("Nordic Council of Ruling"), Body("Nordic Council of Rulers")],
            [[Named("ncr", 12), Named("nordic-council-of-ruling", 2), Passing("nordic-council-of-rulers")]], NoEdits);

        Assert.Equal(["ncr", "nordic-council-of-ruling"], registry.Select(a => a.Id).Order());
        Assert.Empty(renamed);
    }

    [Fact]
    public void Two_letters_join_a_listed_name_only_when_an_article_wrote_them_for_it()
    {
        var (registry, renamed) = ListedActors.Select([Body("VS"), Body("Vell Shipping"), Body("Vale Station")],
            [[Named("vs", 2), Named("vell-shipping", 2), Passing("vale-station")]], NoEdits);

        Assert.Equal(["vell-shipping", "vs"], registry.Select(a => a.Id).Order());
        Assert.Empty(renamed);
    }
}
