using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>"Boeing's 787 Dreamliner took off": the maker acts through a product named by its model number.</summary>
public sealed class MakersProductTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2009, 12, 15);

    [Theory]
    [InlineData("787 Dreamliner", "787 Dreamliner")]
    [InlineData("A380 superjumbo", "A380 superjumbo")]
    [InlineData("V-22", "V-22")]
    [InlineData("Chief Executive", null)]
    [InlineData("sales", null)]
    [InlineData("2010 results", null)]
    [InlineData("787 plant", null)]
    [InlineData("2010", null)]
    public void A_product_carries_a_model_number(string words, string? product)
    {
        var tokens = Tokenizer.Tokenize(words, 0);

        Assert.Equal(product, MakersProduct.Read(tokens, 0, tokens.Count));
    }

    [Fact]
    public void The_maker_of_the_product_that_flew_is_the_actor_and_the_title_names_the_product()
    {
        var e = fixture.ByTrigger("Boeing's 787 Dreamliner took off for its first flight on Tuesday from Paine Field.", Published, "took");

        Assert.Equal(["boeing"], e.Actors);
        Assert.StartsWith("Boeing's 787 Dreamliner took off", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_product_is_the_product_of_the_firm_it_stands_for()
    {
        var e = fixture.ByTrigger("Airbus said on Tuesday its A350 would fly in 2012.", Published, "fly");

        Assert.Equal(["airbus"], e.Actors);
        Assert.StartsWith("Airbus's A350 will fly", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firms_thing_without_a_model_number_is_no_product_that_acts()
    {
        var events = fixture.Extract("Boeing's new plant opened on Tuesday in Everett.", Published).Events;

        Assert.DoesNotContain(events, e => e.Title.StartsWith("Boeing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_operator_of_a_craft_named_by_maker_and_model_is_the_actor_and_the_time_of_its_landing_dates_it()
    {
        var e = fixture.ByTrigger("A Vell Airlines Boeing 737 crashed while landing at Aarhus airport on Saturday, injuring 40 people.", Published, "crashed");

        Assert.Equal(["vell-airlines"], e.Actors);
        Assert.StartsWith("Vell Airlines Boeing 737 crashed", e.Title, StringComparison.Ordinal);
        Assert.Equal("2009-12-12", e.Date.Value);
    }
}
