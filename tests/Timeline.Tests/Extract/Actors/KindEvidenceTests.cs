using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class KindEvidenceTests
{
    private static Actor Entry(string name, ActorKind kind, params string[] aliases) =>
        new() { Id = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Kind = kind, Aliases = [.. aliases] };

    private static ActorSupport Named(Actor actor, bool speaks = false) => new() { ActorId = actor.Id, Sentences = 3, InEvent = false, Speaks = speaks };

    [Fact]
    public void An_organisation_or_a_place_outside_events_enters_only_when_its_name_or_its_speaking_shows_its_kind()
    {
        Actor[] registry =
        [
            Entry("Safety Preparation", ActorKind.Organisation), Entry("Kestrel Wildlife League", ActorKind.Organisation), Entry("Halvorsen", ActorKind.Organisation),
            Entry("Orrin", ActorKind.Place), Entry("Tarn Beach", ActorKind.Place), Entry("Department of Tides", ActorKind.Organisation, "DOT"),
            Entry("KWN", ActorKind.Organisation), Entry("Tom Varga", ActorKind.Person), Entry("Ada Holm", ActorKind.Organisation),
        ];
        var speaking = new HashSet<string>(StringComparer.Ordinal) { "halvorsen", "ada-holm", "orrin" };

        var kept = ActorRegistry.Supported([.. registry], [[.. registry.Select(a => Named(a, speaking.Contains(a.Id)))]]);

        Assert.Equal(["kestrel-wildlife-league", "halvorsen", "tarn-beach", "department-of-tides", "tom-varga"], kept.Select(a => a.Id));
    }

    [Fact]
    public void Any_entry_taking_part_in_an_event_enters()
    {
        var thing = Entry("Safety Preparation", ActorKind.Organisation);

        var kept = ActorRegistry.Supported([thing], [[new ActorSupport { ActorId = thing.Id, Sentences = 1, InEvent = true }]]);

        Assert.Single(kept);
    }
}
