using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

/// <summary>Initials one article of a story spells out in lower-case words name a thing in all its articles.</summary>
public sealed class SpelledOutAcrossArticlesTests
{
    private static readonly List<Actor> Registry =
    [
        new() { Id = "maersk", Name = "Maersk", Kind = ActorKind.Organisation },
        new() { Id = "fcv", Name = "FCV", Kind = ActorKind.Organisation },
        new() { Id = "nfa", Name = "NFA", Kind = ActorKind.Organisation },
    ];

    private static readonly string[] Bodies =
    [
        "Divers reached the failed flow control valve (FCV) on Monday. The Nordic Fisheries Agency (NFA) said it would inspect it.",
        "Maersk sent robots to trigger the FCV. The NFA fined Maersk.",
    ];

    private static TimelineEvent Event(params string[] actors) =>
        new() { Id = "e", Title = "Maersk sent robots to trigger the FCV", Date = new EventDate { Value = "2024-03-15", Precision = DatePrecision.Day }, Actors = [.. actors] };

    [Fact]
    public void Initials_spelled_out_as_a_thing_in_another_article_leave_the_registry_and_the_events()
    {
        var (registry, events) = SpelledOutAcrossArticles.Drop(Registry, [Event("maersk", "fcv", "nfa")], Bodies, new HashSet<string>());

        Assert.Equal(["maersk", "nfa"], registry.Select(a => a.Id));
        Assert.Equal(["maersk", "nfa"], events[0].Actors);
    }

    [Fact]
    public void An_entry_written_by_hand_stays()
    {
        var (registry, events) = SpelledOutAcrossArticles.Drop(Registry, [Event("maersk", "fcv")], Bodies, new HashSet<string> { "fcv" });

        Assert.Contains(registry, a => a.Id == "fcv");
        Assert.Contains("fcv", events[0].Actors);
    }
}
