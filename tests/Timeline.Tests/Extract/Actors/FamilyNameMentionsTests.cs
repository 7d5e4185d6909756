using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class FamilyNameMentionsTests
{
    private static List<(string Name, ActorKind Kind)> Kept(string body, params (string Name, string[] Aliases)[] organisations) =>
        [.. EvidenceCheck.Kept(body, organisations.Select(o => new Actor { Id = o.Name, Name = o.Name, Kind = ActorKind.Organisation, Aliases = [.. o.Aliases] }))
            .Select(a => (a.Name, a.Kind))];

    [Fact]
    public void A_given_name_and_a_family_name_met_again_as_the_family_name_alone_are_a_persons()
    {
        const string body = "A senior engineer, Gregory Halvard, told the panel the valve was tested. Halvard said the test passed. "
            + "R.J. Ostrander, a fisherman, agreed. Ostrander fished the bay for years.";

        var kept = Kept(body, ("Gregory Halvard", ["Halvard"]), ("R.J. Ostrander", ["Ostrander"]));

        Assert.Equal([("Gregory Halvard", ActorKind.Person), ("R.J. Ostrander", ActorKind.Person)], kept);
    }

    [Fact]
    public void A_firm_named_after_people_or_a_place_with_its_last_word_alone_keeps_its_kind()
    {
        const string body = "Analysts at Morgan Castell said costs would rise. Morgan cut its forecast. "
            + "Oil reached the Florida Skerry on Monday. The Skerry beaches closed. Florida Skerry hotels emptied. Halvor Vell Group said it was sad, and Vell hired staff.";

        var kept = Kept(body, ("Morgan Castell", ["Morgan"]), ("Florida Skerry", ["Skerry"]), ("Halvor Vell Group", ["Vell"]));

        Assert.Equal([("Morgan Castell", ActorKind.Organisation), ("Florida Skerry", ActorKind.Organisation), ("Halvor Vell Group", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void Initials_before_more_than_a_name_or_a_word_of_english_after_an_unknown_name_are_no_persons()
    {
        const string body = "KL Fair Shares campaigned. Shares fell. Tarvo Mendel Weather reported. Weather was poor. Leif Carvel won. Carvel smiled.";

        var kept = Kept(body, ("KL Fair Shares", ["Shares"]), ("Tarvo Mendel Weather", ["Weather"]), ("Leif Carvel", ["Carvel"]));

        Assert.Equal([("KL Fair Shares", ActorKind.Organisation), ("Tarvo Mendel Weather", ActorKind.Organisation), ("Leif Carvel", ActorKind.Person)], kept);
    }
}
