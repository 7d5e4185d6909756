using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

/// <summary>An organisation the registry lists, named whole in a title after its subject, takes part in the event.</summary>
public sealed class TitleNamedBodiesTests
{
    private static readonly Actor[] Registry =
    [
        new() { Id = "maersk", Name = "Maersk", Kind = ActorKind.Organisation },
        new() { Id = "komatsu", Name = "Komatsu", Kind = ActorKind.Organisation },
        new() { Id = "nordic-council", Name = "Nordic Council", Kind = ActorKind.Organisation },
        new() { Id = "lars-holm", Name = "Lars Holm", Kind = ActorKind.Person },
    ];

    private static List<string> Actors(string title, params string[] actors)
    {
        var e = new TimelineEvent { Id = "e", Title = title, Date = new EventDate { Value = "2024-03-15", Precision = DatePrecision.Day }, Actors = [.. actors] };
        return TitleNamedBodies.Add([e], Registry)[0].Actors;
    }

    [Theory]
    [InlineData("Maersk hired Komatsu to run the yard")]
    [InlineData("Lars Holm blamed a faulty weld by contractor Komatsu")]
    [InlineData("Maersk leased the ferry from Komatsu.")]
    public void A_listed_body_named_whole_after_the_verb_takes_part(string title)
    {
        Assert.Contains("komatsu", Actors(title, "maersk"));
    }

    [Theory]
    [InlineData("Maersk leased the Komatsu rig")]
    [InlineData("Maersk bought Komatsu's yard")]
    [InlineData("Maersk opened an office at Komatsu")]
    [InlineData("Maersk met the Komatsu Valdez crew")]
    [InlineData("Maersk wrote to the Nordic Council of Ministers")]
    [InlineData("Lars Holm met Coast Guard Admiral Komatsu")]
    public void A_name_that_modifies_a_noun_says_where_or_is_a_word_of_a_longer_name_does_not(string title)
    {
        Assert.DoesNotContain(Actors(title, "maersk"), a => a is "komatsu" or "nordic-council");
    }

    [Fact]
    public void A_person_named_in_the_title_is_left_to_the_sentence_rules()
    {
        Assert.DoesNotContain("lars-holm", Actors("Maersk hired Lars Holm to run the yard", "maersk"));
    }
}
