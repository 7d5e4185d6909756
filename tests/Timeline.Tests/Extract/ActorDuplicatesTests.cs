using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ActorDuplicatesTests
{
    private static readonly HashSet<string> NoEdits = [];

    private static Actor Org(string name, params string[] aliases) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Organisation, Aliases = [.. aliases] };

    private static Actor Person(string name) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Person };

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static Dictionary<string, int> Sentences(params (string Id, int Count)[] counts) => counts.ToDictionary(c => c.Id, c => c.Count);

    [Fact]
    public void An_acronym_joins_the_name_an_article_spelled_it_out_as()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("GM"), Org("General Motors", "GM"), Org("Ford")], Sentences(), NoEdits);

        Assert.Equal(["general-motors", "ford"], registry.Select(a => a.Id));
        Assert.Equal("general-motors", renamed["gm"]);
    }

    [Fact]
    public void An_acronym_joins_the_one_name_whose_initials_it_is()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("EPA"), Org("Environmental Protection Agency")], Sentences(), NoEdits);

        var agency = Assert.Single(registry);
        Assert.Equal(["EPA"], agency.Aliases);
    }

    [Fact]
    public void A_family_name_joins_the_one_person_who_bears_it_and_stays_apart_when_two_do()
    {
        var (alone, _) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler")], Sentences(), NoEdits);
        var (shared, renamed) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler"), Person("Tom Kessler")], Sentences(("anna-kessler", 2), ("tom-kessler", 2)), NoEdits);

        Assert.Equal(["anna-kessler"], alone.Select(a => a.Id));
        Assert.Equal(3, shared.Count);
        Assert.Empty(renamed);
    }

    [Fact]
    public void Of_two_spellings_the_one_named_far_more_often_takes_the_family_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler"), Person("Ana Kessler")], Sentences(("anna-kessler", 9), ("ana-kessler", 1)), NoEdits);

        Assert.DoesNotContain(registry, a => a.Id == "kessler");
    }

    [Fact]
    public void A_name_with_the_article_or_a_title_in_front_joins_the_bare_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("The Coast Guard"), Org("Coast Guard"), Person("Chief Financial Officer Lena Roth"), Person("Lena Roth")], Sentences(), NoEdits);

        Assert.Equal(["coast-guard", "lena-roth"], registry.Select(a => a.Id));
    }

    [Fact]
    public void An_entry_edited_by_hand_is_not_folded_away()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("GM"), Org("General Motors", "GM")], Sentences(), new HashSet<string> { "gm" });

        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Events_follow_the_folded_ids()
    {
        var e = new TimelineEvent { Id = "e", Title = "GM recalls cars", Date = new EventDate { Value = "2024-01-01", Precision = DatePrecision.Day }, Actors = ["gm", "general-motors", "ford"], Place = "gm" };

        var renamed = ActorDuplicates.Rename(e, new Dictionary<string, string> { ["gm"] = "general-motors" });

        Assert.Equal(["general-motors", "ford"], renamed.Actors);
        Assert.Equal("general-motors", renamed.Place);
    }
}
