using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class WebsiteVenuesTests
{
    [Fact]
    public void A_website_named_only_as_where_things_are_posted_is_no_actor()
    {
        const string body = "A video of the flooded harbour was posted on Vidstream on Tuesday. By the evening, clips had been uploaded to Vidstream "
            + "by dozens of fishermen, and the council shared its own footage on its Vidstream channel.";

        var kept = EvidenceCheck.Kept(body, ("Vidstream", ActorKind.Organisation), ("Dorrington Council", ActorKind.Organisation));

        Assert.DoesNotContain(kept, a => a.Name == "Vidstream");
    }

    [Fact]
    public void A_photo_site_named_by_its_kind_or_its_group_is_no_actor()
    {
        const string body = "Volunteers sent their pictures to the photo-sharing site Picbox. The charity asked readers to add photos to its Picbox group.";

        var kept = EvidenceCheck.Kept(body, ("Picbox", ActorKind.Organisation));

        Assert.DoesNotContain(kept, a => a.Name == "Picbox");
    }

    [Fact]
    public void A_website_that_does_something_is_a_firm_and_stays()
    {
        const string body = "A video of the flooded harbour was posted on Vidstream on Tuesday. Vidstream removed the clip a day later, saying it broke its rules.";
        const string pressure = "Pressure on Halvex grew as the clean-up dragged on.";

        Assert.Contains(EvidenceCheck.Kept(body, ("Vidstream", ActorKind.Organisation)), a => a.Name == "Vidstream");
        Assert.Contains(EvidenceCheck.Kept(pressure, ("Halvex", ActorKind.Organisation)), a => a.Name == "Halvex");
    }
}
