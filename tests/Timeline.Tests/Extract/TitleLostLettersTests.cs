using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

/// <summary>A title that spells a person's name without a letter the page lost writes the name the registry gives.</summary>
public sealed class TitleLostLettersTests
{
    private static readonly Actor[] Registry =
    [
        new() { Id = "ines-vallanera", Name = "Ines Vallanera", Kind = ActorKind.Person, Aliases = ["Ines Vallnera", "Vallnera", "Vallanera"] },
        new() { Id = "lars-holm", Name = "Lars Holm", Kind = ActorKind.Person, Aliases = ["Holm"] },
        new() { Id = "mia-steele", Name = "Mia Steele", Kind = ActorKind.Person, Aliases = ["Mia Steel"] },
    ];

    private static string Title(string title, params string[] actors)
    {
        var e = new TimelineEvent { Id = "e", Title = title, Date = new EventDate { Value = "2024-03-15", Precision = DatePrecision.Day }, Actors = [.. actors] };
        return TitleLostLetters.Restore([e], Registry)[0].Title;
    }

    [Theory]
    [InlineData("Ines Vallnera complained of a backlash against Danes abroad", "Ines Vallanera complained of a backlash against Danes abroad")]
    [InlineData("Lars Holm met Vallnera in Aarhus", "Lars Holm met Vallanera in Aarhus")]
    public void A_name_that_lost_a_letter_is_written_whole(string title, string restored)
    {
        Assert.Equal(restored, Title(title, "ines-vallanera", "lars-holm"));
    }

    [Fact]
    public void A_title_of_an_event_the_person_takes_no_part_in_stays_as_it_is()
    {
        Assert.Equal("Lars Holm met Vallnera in Aarhus", Title("Lars Holm met Vallnera in Aarhus", "lars-holm"));
    }

    [Fact]
    public void Another_family_name_one_vowel_short_at_its_end_is_no_lost_letter()
    {
        Assert.Equal("Mia Steel resigned", Title("Mia Steel resigned", "mia-steele"));
    }

    [Fact]
    public void A_word_that_only_contains_the_form_stays()
    {
        Assert.Equal("Lars Holm met Vallnerasen", Title("Lars Holm met Vallnerasen", "ines-vallanera", "lars-holm"));
    }
}
