using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class NameFragmentsTests
{
    private static List<(string Name, ActorKind Kind)> Kept(string body, params (string Name, ActorKind Kind)[] actors) => EvidenceCheck.Kept(body, actors);

    [Fact]
    public void Names_cut_from_an_organisation_joined_by_and_are_dropped_and_a_list_of_two_firms_is_not()
    {
        const string body = "The U.S. Fish and Wildlife Service counted the birds. The U.S. Fish and Wildlife Service asked for help. "
            + "Fox Broadcasting and Kestrel Studios settled. Hallworth and Kestrel Studios agreed.";

        var kept = Kept(body, ("U.S. Fish", ActorKind.Organisation), ("Wildlife Service", ActorKind.Organisation), ("Fox Broadcasting", ActorKind.Organisation),
            ("Kestrel Studios", ActorKind.Organisation), ("Hallworth", ActorKind.Organisation));

        Assert.Equal([("Fox Broadcasting", ActorKind.Organisation), ("Kestrel Studios", ActorKind.Organisation), ("Hallworth", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_name_after_an_organisations_head_and_of_is_part_of_it_but_not_after_a_title()
    {
        const string body = "Scientists from the University of Marrow Point sailed. A University of Marrow Point vessel found oil. "
            + "The chairman of Kestrel Drilling resigned. Board Chairman of Halvor Shipping left.";

        var kept = Kept(body, ("Marrow Point", ActorKind.Place), ("Kestrel Drilling", ActorKind.Organisation), ("Halvor Shipping", ActorKind.Organisation));

        Assert.Equal([("Kestrel Drilling", ActorKind.Organisation), ("Halvor Shipping", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_name_before_an_organisations_head_or_a_role_or_a_squares_name_is_cut()
    {
        const string body = "The U.S. Energy Department said so. U.S. Energy Secretary Kim Dale agreed. Protesters gathered in St Brannoc's Square. "
            + "Officials at St Brannoc's Square left. Halvor Shipping said it would pay.";

        var kept = Kept(body, ("U.S. Energy", ActorKind.Organisation), ("St Brannoc", ActorKind.Place), ("Halvor Shipping", ActorKind.Organisation));

        Assert.Equal([("Halvor Shipping", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_firm_named_before_its_legal_form_is_no_fragment()
    {
        const string body = "Kestrel Energy Inc said it would pay. Kestrel Energy Inc declined to comment.";

        Assert.Equal([("Kestrel Energy", ActorKind.Organisation)], Kept(body, ("Kestrel Energy", ActorKind.Organisation)));
    }

    [Fact]
    public void A_bodys_head_cut_before_on_or_of_and_its_subject_is_dropped()
    {
        const string body = "The Senate Committee on Coastal Fisheries met. The Assembly Committee on the Harbour Budget voted. "
            + "Lawyers for the State Department of Fisheries wrote. A case in the Northern District of Wessex went on.";

        var kept = Kept(body, ("Senate Committee", ActorKind.Organisation), ("Assembly Committee", ActorKind.Organisation),
            ("State Department", ActorKind.Organisation), ("Northern District", ActorKind.Place));

        Assert.Empty(kept);
    }

    [Fact]
    public void A_bodys_head_before_a_day_or_before_of_the_keeps_its_name()
    {
        const string body = "The Harbour Select Committee on Tuesday heard Kim Dale. The Harbour Select Committee said so. "
            + "The Halvor Trust Board of the town met. The Halvor Trust Board agreed. The Kestrel Institute on Friday said no.";

        var kept = Kept(body, ("Harbour Select Committee", ActorKind.Organisation), ("Halvor Trust Board", ActorKind.Organisation),
            ("Kestrel Institute", ActorKind.Organisation));

        Assert.Equal([("Harbour Select Committee", ActorKind.Organisation), ("Halvor Trust Board", ActorKind.Organisation), ("Kestrel Institute", ActorKind.Organisation)], kept);
    }
}
