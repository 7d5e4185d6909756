using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ListedActorsTests
{
    private static readonly HashSet<string> NoEdits = [];

    private static Actor Person(string name, params string[] aliases) =>
        new() { Id = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Kind = ActorKind.Person, Aliases = [.. aliases] };

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
}
