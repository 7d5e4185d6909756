using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class SpelledOutThingsTests
{
    private static List<string> Kept(string body, params string[] names) =>
        [.. EvidenceCheck.Kept(body, names.Select(n => new Actor { Id = n, Name = n, Kind = ActorKind.Organisation })).Select(a => a.Name)];

    [Fact]
    public void Initials_spelled_out_in_lower_case_words_name_a_thing()
    {
        const string body = "Divers inspected the broken intake valve assembly (IVA) on Monday. The IVA failed again, the Harbour Safety Board (HSB) said. "
            + "Crews used a floating pump station, or FPS, to drain the dock. The FPS was moved. Engineers sent remotely steered drones (RSDs) down. The RSDs worked, HSB said.";

        var kept = Kept(body, "IVA", "HSB", "FPS", "RSDs");

        Assert.Equal(["HSB"], kept);
    }

    [Fact]
    public void An_organisation_spelled_out_in_lower_case_stays_an_actor()
    {
        const string body = "The port safety agency (PSA) fined the owner. The PSA said the fine was fair. Kelvar Marine (KM) paid it.";

        var kept = Kept(body, "PSA", "KM");

        Assert.Equal(["PSA", "KM"], kept);
    }
}
