using Timeline.Extract.Actors;
using Timeline.Model;
using Timeline.Tests.Extract.Events;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A demonym before a noun for people acting apart from the state names a group of that country, not the state.</summary>
public sealed class NonStateGroupsTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("Libyan rebels seized the oil town on Sunday.", "Libyan rebels", "Libyan rebels", "Libya")]
    [InlineData("Egyptian anti-government protesters stormed the building.", "Egyptian anti-government protesters", "Egyptian protesters", "Egypt")]
    [InlineData("Thousands of Egyptian demonstrators marched on Friday.", "Egyptian demonstrators", "Egyptian protesters", "Egypt")]
    [InlineData("The Syrian opposition rejected the plan.", "Syrian opposition", "Syrian opposition", "Syria")]
    [InlineData("Syrian opposition forces took the town.", "Syrian opposition forces", "Syrian opposition", "Syria")]
    [InlineData("Libyan rebel fighters entered the city.", "Libyan rebel fighters", "Libyan rebels", "Libya")]
    public void A_demonym_before_a_group_noun_names_that_group(string sentence, string text, string name, string country)
    {
        var group = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Group);

        Assert.Equal(text, group.Text);
        Assert.Equal(name, group.Name);
        Assert.Equal(country, group.Country);
        Assert.False(group.IsDemonym);
    }

    [Theory]
    [InlineData("Libyan troops shelled the town.")]
    [InlineData("A Libyan rebel commander said the fighters needed weapons.")]
    [InlineData("Syrian opposition leader Lars Holm met officials.")]
    [InlineData("They entered Libyan rebel-held territory.")]
    [InlineData("Egyptian pro-Holm protesters marched.")]
    public void The_state_a_modifier_or_another_cause_is_no_group(string sentence) =>
        Assert.DoesNotContain(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Group);

    [Fact]
    public void A_bare_noun_after_the_group_was_named_refers_back_to_it()
    {
        var x = fixture.Extract(
            "Libyan rebels seized the port of Brega on Sunday.\n\nThe rebels captured 20 soldiers on Monday. Libyan troops attacked rebels near Sirte on Tuesday.",
            new DateOnly(2024, 3, 15));

        var group = Assert.Single(x.Actors, a => a.Kind == ActorKind.Group);
        Assert.Equal("Libyan rebels", group.Name);
        Assert.Equal(3, x.Events.Count(e => e.Actors.Contains(group.Id)));
    }

    [Theory]
    [InlineData("Libyan rebels seized Brega on Sunday.\n\nKurdish rebels captured 20 soldiers on Monday.")]
    [InlineData("Rebels captured 20 soldiers on Monday.")]
    [InlineData("Libyan rebels seized Brega on Sunday. Syrian rebels took Homs on Sunday.\n\nThe rebels captured 20 soldiers on Monday.")]
    public void A_noun_with_its_own_modifier_or_with_no_single_group_named_before_stays_unread(string body)
    {
        var x = fixture.Extract(body, new DateOnly(2024, 3, 15));

        Assert.DoesNotContain(x.Events, e => e.Sources[0].Trigger == "captured");
    }
}
