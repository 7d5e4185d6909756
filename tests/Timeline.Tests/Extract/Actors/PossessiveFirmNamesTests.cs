using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class PossessiveFirmNamesTests
{
    [Theory]
    [InlineData("Ratings agency Vell's downgraded the Maersk debt on Friday. Vell's said the losses were heavy.")]
    [InlineData("Fitch and Vell's both cut the rating of Maersk.")]
    [InlineData("The insurer Vell's of Aarhus refused to pay.")]
    [InlineData("The rating was kept by Vell's, which rates Maersk highly.")]
    public void A_firm_named_with_its_s_every_time_and_once_where_no_possessive_stands_keeps_the_s(string body)
    {
        Assert.Equal([("Vell's", ActorKind.Organisation)], EvidenceCheck.Kept(body, ("Vell", ActorKind.Organisation)));
    }

    [Theory]
    [InlineData("Vell's shares fell sharply. Vell's chief executive said losses were heavy.")]
    [InlineData("Vell's losses were heavy, Vell said on Friday.")]
    public void A_name_written_with_a_noun_after_its_s_or_once_without_it_is_a_possessive(string body)
    {
        Assert.Equal([("Vell", ActorKind.Organisation)], EvidenceCheck.Kept(body, ("Vell", ActorKind.Organisation)));
    }

    [Fact]
    public void A_person_is_left_alone()
    {
        const string body = "Lars Holm and Ida Berg's said it all along.";
        Assert.Contains(("Ida Berg", ActorKind.Person), EvidenceCheck.Kept(body, ("Ida Berg", ActorKind.Person)));
    }
}
