using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A person's "now" set off beside a past act: the act was done before the person became that, the story's background.</summary>
public sealed class NowAppositiveTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    [Theory]
    [InlineData(" Holm, now at the Aarhus Institute, ")]
    [InlineData(" Holm, now 81 and still writing for the paper, ")]
    [InlineData(" Holm, now a lobbyist for Maersk, ")]
    [InlineData(", now aged 70, ")]
    public void A_now_apposition_right_before_the_verb_sets_it(string between)
    {
        Assert.True(NowAppositive.Sets(between));
    }

    [Theory]
    [InlineData(" Holm, a biologist at the Aarhus Institute, ")]
    [InlineData(" Holm, who is now at the Aarhus Institute, ")]
    [InlineData(" Holm, now at the Aarhus Institute, in Denmark, ")]
    [InlineData(" Holm said now ")]
    public void Another_apposition_or_a_now_elsewhere_does_not(string between)
    {
        Assert.False(NowAppositive.Sets(between));
    }

    [Fact]
    public void A_persons_past_act_beside_what_they_are_now_is_background_unless_the_text_dates_it()
    {
        var now = fixture.Extract(Lead + "Lars Holm, now at the Aarhus Institute, took samples from the beach.", Published).Events;
        var then = fixture.Extract(Lead + "Lars Holm, a biologist at the Aarhus Institute, took samples from the beach.", Published).Events;
        var dated = fixture.Extract(Lead + "Lars Holm, now at the Aarhus Institute, took samples from the beach on Monday.", Published).Events;

        Assert.DoesNotContain(now, e => e.Sources[0].Trigger == "took");
        Assert.Contains(then, e => e.Sources[0].Trigger == "took");
        Assert.Contains(dated, e => e.Sources[0].Trigger == "took");
    }
}
