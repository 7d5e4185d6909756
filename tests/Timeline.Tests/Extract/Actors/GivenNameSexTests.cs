using Timeline.Extract.Actors;
using Timeline.Tests.Extract.Events;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A given name of one sex rules out the pronoun of the other; a name of both or of none rules out nothing.</summary>
public sealed class GivenNameSexTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("she", "Michael Holm", true)]
    [InlineData("her", "Michael Holm", true)]
    [InlineData("he", "Michael Holm", false)]
    [InlineData("he", "Sarah Vang", true)]
    [InlineData("She", "Sarah Vang", false)]
    [InlineData("she", "Jordan Vang", false)]
    [InlineData("she", "Beyonce Vang", false)]
    [InlineData("it", "Michael Holm", false)]
    public void Only_a_name_of_the_other_sex_contradicts_the_pronoun(string pronoun, string name, bool contradicts)
    {
        Assert.Equal(contradicts, GivenNameSex.Contradicts(pronoun, name));
    }

    [Fact]
    public void She_after_a_man_named_just_before_is_not_him()
    {
        var events = fixture.Extract("Michael Holm sold the ferry on Monday. She bought a new ship on Tuesday.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "bought" && e.Actors.Contains("michael-holm"));
        var bought = fixture.ByTrigger("Sarah Vang sold the ferry on Monday. She bought a new ship on Tuesday.", Published, "bought");
        Assert.Equal(["sarah-vang"], bought.Actors);
    }
}
