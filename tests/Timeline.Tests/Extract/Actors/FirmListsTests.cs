using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class FirmListsTests
{
    private static List<(string Name, ActorKind Kind)> Kept(string body, params (string Name, ActorKind Kind)[] actors) => EvidenceCheck.Kept(body, actors);

    [Fact]
    public void A_name_listed_among_organisations_only_is_an_organisation()
    {
        const string body = "Regulators fined Halvor Ltd, Orm Capital, Toyota and Vell Group. Kestrand Sachs, Orm Capital and Halvor Ltd paid, he said.";

        var kept = Kept(body, ("Halvor Ltd", ActorKind.Organisation), ("Orm Capital", ActorKind.Organisation), ("Toyota", ActorKind.Place),
            ("Vell Group", ActorKind.Organisation), ("Kestrand Sachs", ActorKind.Person));

        Assert.Equal(
            [("Halvor Ltd", ActorKind.Organisation), ("Orm Capital", ActorKind.Organisation), ("Toyota", ActorKind.Organisation), ("Vell Group", ActorKind.Organisation),
             ("Kestrand Sachs", ActorKind.Organisation)],
            kept);
    }

    [Fact]
    public void A_person_named_with_a_given_name_stays_a_person_whatever_the_commas_around_it()
    {
        const string body = "It could go to Halvor Ltd, Orm Capital or Vell Group, Alex Kestrand said.";

        var kept = Kept(body, ("Halvor Ltd", ActorKind.Organisation), ("Orm Capital", ActorKind.Organisation), ("Vell Group", ActorKind.Organisation),
            ("Alex Kestrand", ActorKind.Person));

        Assert.Contains(("Alex Kestrand", ActorKind.Person), kept);
    }

    [Fact]
    public void A_name_listed_with_places_or_beside_one_firm_keeps_its_kind()
    {
        const string body = "Ships sailed from Oslo, Bergen, Orm Capital and Halvor Ltd docks. In Kobe, Halvor Ltd opened an office.";

        var kept = Kept(body, ("Oslo", ActorKind.Place), ("Bergen", ActorKind.Place), ("Orm Capital", ActorKind.Organisation), ("Halvor Ltd", ActorKind.Organisation),
            ("Kobe", ActorKind.Place));

        Assert.Equal(
            [("Oslo", ActorKind.Place), ("Bergen", ActorKind.Place), ("Orm Capital", ActorKind.Organisation), ("Halvor Ltd", ActorKind.Organisation), ("Kobe", ActorKind.Place)],
            kept);
    }
}
