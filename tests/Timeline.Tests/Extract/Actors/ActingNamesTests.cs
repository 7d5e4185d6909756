using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ActingNamesTests
{
    [Theory]
    [InlineData("Gresham said the pipe had burst. The repairs would take weeks, Gresham added.")]
    [InlineData("The pipe had burst, according to reports. Gresham, who runs the site, says repairs will take weeks.")]
    [InlineData("Mr Gresham refused to answer the question.")]
    public void A_town_that_speaks_or_takes_an_honorific_is_a_person_of_that_family_name(string body)
    {
        Assert.Equal([("Gresham", ActorKind.Person)], EvidenceCheck.Kept(body, ("Gresham", ActorKind.Place)));
    }

    [Fact]
    public void A_family_name_the_article_gives_in_full_is_that_person_though_read_as_a_firm()
    {
        const string body = "Ann Talvik ran the crews. Talvik says the work went badly.";
        Assert.Contains(("Talvik", ActorKind.Person), EvidenceCheck.Kept(body, ("Ann Talvik", ActorKind.Person), ("Talvik", ActorKind.Organisation)));
        const string suffixed = "Ann B. Talvik Jr. ran the crews. Talvik says the work went badly.";
        Assert.Contains(("Talvik", ActorKind.Person), EvidenceCheck.Kept(suffixed, ("Ann B. Talvik Jr.", ActorKind.Person), ("Talvik", ActorKind.Organisation)));
    }

    [Fact]
    public void A_family_name_that_opens_a_firms_name_in_the_article_stays_the_firms()
    {
        const string body = "Talvik Motors bought the brand. \"It is a fine brand,\" said Ann Talvik, its chairman. Talvik said it would keep the plant.";
        Assert.Contains(("Talvik", ActorKind.Organisation),
            EvidenceCheck.Kept(body, ("Talvik Motors", ActorKind.Organisation), ("Ann Talvik", ActorKind.Person), ("Talvik", ActorKind.Organisation)));
        const string honorific = "Talvik Motors bought the brand. Ann Talvik chairs it. Mr Talvik said it would keep the plant.";
        Assert.Contains(("Talvik", ActorKind.Person),
            EvidenceCheck.Kept(honorific, ("Talvik Motors", ActorKind.Organisation), ("Ann Talvik", ActorKind.Person), ("Talvik", ActorKind.Organisation)));
    }

    [Theory]
    [InlineData("Halvor's shares fell sharply on the news.")]
    [InlineData("The inquiry blamed rig owner Halvor for the blast.")]
    [InlineData("Halvor said the blast was not its fault.")]
    public void A_name_guessed_to_be_a_place_that_owns_a_firms_things_or_speaks_is_a_firm(string body)
    {
        Assert.Equal([("Halvor", ActorKind.Organisation)], EvidenceCheck.Kept(body, ("Halvor", ActorKind.Place)));
    }

    [Theory]
    [InlineData("Paris said it would send ships.")]
    [InlineData("Officials in Gresham said the water was safe.")]
    [InlineData("Gresham said the pipe had burst. Crews in Gresham worked all night.")]
    public void A_capital_or_a_town_the_article_writes_as_a_place_stays_a_place(string body)
    {
        var name = body.StartsWith("Paris", StringComparison.Ordinal) ? "Paris" : "Gresham";
        Assert.Equal([(name, ActorKind.Place)], EvidenceCheck.Kept(body, (name, ActorKind.Place)));
    }
}
