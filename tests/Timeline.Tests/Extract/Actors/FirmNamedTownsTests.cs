using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class FirmNamedTownsTests
{
    [Theory]
    [InlineData("The hearing questioned executives from Komatsu about the faulty brakes.")]
    [InlineData("Komatsu President Ida Berg apologised to the families on Monday.")]
    [InlineData("Komatsu's recall of its trucks cost the maker dearly.")]
    [InlineData("Even a company like Komatsu struggles to keep up. Komatsu said demand was strong.")]
    [InlineData("Lawyers for Lars Holm sued Komatsu Ltd last year. Komatsu said it would fight the case.")]
    public void A_town_a_listed_firm_is_named_after_is_the_firm_where_the_article_writes_it_as_one(string body)
    {
        Assert.Equal([("Komatsu", ActorKind.Organisation)], EvidenceCheck.Kept(body, ("Komatsu", ActorKind.Place)));
    }

    [Theory]
    [InlineData("Executives from Komatsu met in Komatsu on Monday to discuss the brakes.")]
    [InlineData("Komatsu President Ida Berg flew home to Komatsu, Japan, after the hearing.")]
    [InlineData("The storm hit Komatsu on Monday, cutting power to thousands.")]
    public void A_town_the_article_also_writes_as_a_place_stays_a_place(string body)
    {
        Assert.Equal([("Komatsu", ActorKind.Place)], EvidenceCheck.Kept(body, ("Komatsu", ActorKind.Place)));
    }

    [Fact]
    public void A_town_no_listed_firm_is_named_after_keeps_its_kind()
    {
        // Gresham is a town the list of companies lacks: executives from it are a town's, not a firm's.
        Assert.Equal([("Gresham", ActorKind.Place)], EvidenceCheck.Kept("The hearing questioned executives from Gresham about the faulty brakes.", ("Gresham", ActorKind.Place)));
    }
}
