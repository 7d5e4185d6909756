using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"The union" after "the Vell Sailing Union" is that body, when no other body just named has that head.</summary>
public sealed class NameHeadAnaphorTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Vell Sailing Union", "Union")]
    [InlineData("Bank of Vell", "Bank")]
    [InlineData("Federal Open Market Committee", "Committee")]
    [InlineData("Commission for Aarhus Harbours", "Commission")]
    public void The_head_of_a_body_s_name_is_its_last_word_or_the_one_before_of(string name, string head) =>
        Assert.Equal(head, NameHeadAnaphor.Head(name));

    [Fact]
    public void The_head_noun_stands_for_the_body_named_just_before()
    {
        var e = fixture.ByTrigger("The Vell Sailing Union stripped Lars Holm of his licence on Monday.\n\nThe union accepted the findings of the Nordic Council.", Published, "accepted");

        Assert.Equal("vell-sailing-union", e.Actors[0]);
        Assert.StartsWith("Vell Sailing Union accepted the findings", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_bodies_with_that_head_leave_it_unresolved()
    {
        var events = fixture.Extract("The Vell Sailing Union and the Fjord Rowing Union met in Aarhus on Monday.\n\nThe union accepted the findings of the Nordic Council.", Published).Events;

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "accepted");
    }

    [Fact]
    public void A_noun_that_heads_no_body_named_before_is_no_one()
    {
        var events = fixture.Extract("The Vell Sailing Union stripped Lars Holm of his licence on Monday.\n\nThe agency accepted the findings of the Nordic Council.", Published).Events;

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "accepted");
    }
}
