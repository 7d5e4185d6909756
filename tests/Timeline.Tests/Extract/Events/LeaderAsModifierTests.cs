using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A leader's name before a noun of their rule ("the Holm government") is no antecedent for "he" or "she".</summary>
public sealed class LeaderAsModifierTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Traders fear the Holm government may fall.", "Holm", true)]
    [InlineData("Critics of the Holm administration gathered.", "Holm", true)]
    [InlineData("Holm government officials met.", "Holm", true)]
    [InlineData("Lars Holm governs alone.", "Holm", false)]
    [InlineData("Lars Holm, the prime minister, left.", "Holm", false)]
    public void Reads_the_word_after_the_name(string text, string name, bool expected)
    {
        Assert.Equal(expected, LeaderAsModifier.Modifies(text, text.IndexOf(name, StringComparison.Ordinal) + name.Length));
    }

    [Fact]
    public void He_does_not_stand_for_a_leader_named_only_before_their_government()
    {
        var events = fixture.Extract("Traders said the Lars Holm government may be in turmoil. He blamed the heavy selling on fears of nationalisation.", Published).Events;

        Assert.DoesNotContain(events, e => e.Actors.Contains("lars-holm"));
    }

    [Fact]
    public void He_stands_for_the_one_person_named_as_himself()
    {
        var events = fixture.Extract("Traders said Lars Holm may be in trouble. He blamed the heavy selling on fears of nationalisation.", Published).Events;

        Assert.Contains(events, e => e.Sources[0].Trigger == "blamed" && e.Actors.Contains("lars-holm"));
    }
}
