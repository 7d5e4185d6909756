using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class FacilityNamesTests
{
    [Theory]
    [InlineData("Gas began to flow to Vellmark from Maersk's giant new Tomas Varga field in 2007.", "Tomas Varga")]
    [InlineData("Guards at Aarhus's Ibrahim Kassem prison were questioned on Monday.", "Ibrahim Kassem")]
    [InlineData("Workers walked out of the Petra Lund refinery after the fire.", "Petra Lund")]
    [InlineData("A Maersk subsidiary runs the Elsa Brandt pig farm near the town.", "Elsa Brandt")]
    [InlineData("Flights were halted at the Karl Dahl airport until noon.", "Karl Dahl")]
    public void A_name_written_before_a_site_noun_after_a_determiner_is_a_place(string body, string name)
    {
        var kept = EvidenceCheck.Kept(body, (name, ActorKind.Person), ("Maersk", ActorKind.Organisation));

        Assert.Contains((name, ActorKind.Place), kept);
    }

    [Theory]
    // A title or a person noun in apposition marks the person, who lends the site a name: "the Holm farm" is still Lars Holm's.
    [InlineData("Lars Holm, a farmer, said the Lars Holm farm had lost its herd.")]
    // "camp" and "base" are a politician's people, not a site.
    [InlineData("Aides in the Lars Holm camp said the vote was close.")]
    // A possessive names what the person owns; a name before "well" is no site ("knew Lars Holm well").
    [InlineData("Police searched Lars Holm's farm on Monday.")]
    [InlineData("Neighbours who knew Lars Holm well were shocked.")]
    // Without a determiner, a possessive or a preposition of place before it, the name may open a clause of its own.
    [InlineData("Lars Holm field staff were told to leave.")]
    public void A_person_not_named_as_a_site_stays_a_person(string body)
    {
        var kept = EvidenceCheck.Kept(body, ("Lars Holm", ActorKind.Person));

        Assert.Contains(("Lars Holm", ActorKind.Person), kept);
    }
}
