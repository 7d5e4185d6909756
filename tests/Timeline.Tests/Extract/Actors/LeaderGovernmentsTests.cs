using Timeline.Model;
using Timeline.Tests.Extract.Events;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A person's name before a lower-case noun of government names that government, a body, not the person.</summary>
public sealed class LeaderGovernmentsTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    [Theory]
    [InlineData("President Anders Vellberg met fishermen in Esbjerg on Wednesday. The Vellberg administration banned deepwater drilling on Thursday.", "Vellberg Administration")]
    [InlineData("Prime Minister Ida Lyon met fishermen in Esbjerg on Wednesday. The Lyon government banned deepwater drilling on Thursday.", "Lyon Government")]
    [InlineData("President Anders Vellberg met fishermen in Esbjerg on Wednesday. The Anders Vellberg regime banned deepwater drilling on Thursday.", "Vellberg Regime")]
    public void The_government_acts_as_a_body_and_the_leader_stays_a_person(string paragraph, string name)
    {
        var x = fixture.Extract(Lead + paragraph, new DateOnly(2024, 3, 15));

        var banned = Assert.Single(x.Events, e => e.Sources[0].Trigger == "banned");
        var body = x.Actors.Single(a => a.Id == Assert.Single(banned.Actors));
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.Equal(name, body.Name);
        var met = Assert.Single(x.Events, e => e.Sources[0].Trigger == "met");
        Assert.Equal(ActorKind.Person, x.Actors.Single(a => a.Id == met.Actors[0]).Kind);
    }

    [Fact]
    public void A_leader_named_only_in_the_name_of_the_government_is_no_actor_of_its_own()
    {
        var x = fixture.Extract(Lead + "Campaigners said the Lars Vellberg administration banned deepwater drilling on Thursday.", new DateOnly(2024, 3, 15));

        Assert.Contains(x.Actors, a => a is { Name: "Vellberg Administration", Kind: ActorKind.Organisation });
        Assert.DoesNotContain(x.Actors, a => a.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("Vellberg's administration banned deepwater drilling on Thursday.")]
    [InlineData("Vellberg, administration officials said, banned deepwater drilling on Thursday.")]
    [InlineData("Vellberg governed the country and banned deepwater drilling on Thursday.")]
    public void A_possessive_a_comma_or_another_word_leaves_the_person(string sentence)
    {
        var x = fixture.Extract(Lead + "President Anders Vellberg met fishermen in Esbjerg on Wednesday. " + sentence, new DateOnly(2024, 3, 15));

        Assert.DoesNotContain(x.Actors, a => a.Kind == ActorKind.Organisation && a.Name.Contains("Vellberg", StringComparison.Ordinal));
    }
}
