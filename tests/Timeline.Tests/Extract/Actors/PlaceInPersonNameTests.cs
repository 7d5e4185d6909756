using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class PlaceInPersonNameTests
{
    [Fact]
    public void A_place_word_written_only_inside_peoples_names_is_the_person_as_a_family_name_and_nothing_as_a_given_name()
    {
        const string body = "Rep. Lars Aarhus of Ohio asked for a hearing. Ida Jordan, a fisherman, sold her boat. Chad Holm said the boats were idle. "
            + "Reporter Chad Holm contributed. Aarhus said the fees were too high.";

        var kept = EvidenceCheck.Kept(body, ("Aarhus", ActorKind.Place), ("Jordan", ActorKind.Country), ("Chad", ActorKind.Country));

        Assert.Equal([("Aarhus", ActorKind.Person), ("Jordan", ActorKind.Person)], kept);
    }

    [Fact]
    public void A_place_word_before_a_family_name_that_is_a_compass_word_is_a_stage_name()
    {
        const string body = "The album features Ida Berg and Aarhus West. Aarhus West sang two songs.";

        var kept = EvidenceCheck.Kept(body, ("Aarhus", ActorKind.Place));

        Assert.Empty(kept);
    }

    [Fact]
    public void A_place_named_once_on_its_own_stays_a_place()
    {
        const string body = "Rep. Lars Aarhus of Ohio asked for a hearing. Ferries left Aarhus on Monday. Ida Jordan sold her boat. "
            + "Jordan closed its border. Chad Holm said the boats were idle. Troops entered Chad. Vell Bay was closed to Aarhus Ferries.";

        var kept = EvidenceCheck.Kept(body, ("Aarhus", ActorKind.Place), ("Jordan", ActorKind.Country), ("Chad", ActorKind.Country));

        Assert.Equal([("Aarhus", ActorKind.Place), ("Jordan", ActorKind.Country), ("Chad", ActorKind.Country)], kept);
    }

    [Fact]
    public void A_place_before_a_place_word_or_a_body_word_is_still_a_place()
    {
        const string body = "Boats crossed Aarhus Bay. Crews from Aarhus Harbour Authority helped. The Vell River flooded. "
            + "Ida Berg, Vell, Aarhus Mr Holm: we cannot tell. He ran Aarhus Halvorsen Steel Co for years.";

        var kept = EvidenceCheck.Kept(body, ("Aarhus", ActorKind.Place), ("Vell", ActorKind.Place));

        Assert.Equal([("Aarhus", ActorKind.Place), ("Vell", ActorKind.Place)], kept);
    }
}
