using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

/// <summary>A title opening on a person's family name that is also an English word opens with the full name.</summary>
public sealed class TitleFamilyNamesTests
{
    private static readonly Actor[] Registry =
    [
        new() { Id = "mia-pastor", Name = "Mia Pastor", Kind = ActorKind.Person, Aliases = ["Pastor"] },
        new() { Id = "lars-holm", Name = "Lars Holm", Kind = ActorKind.Person, Aliases = ["Holm"] },
        new() { Id = "maersk", Name = "Maersk", Kind = ActorKind.Organisation },
    ];

    private static string Title(string title, params string[] actors)
    {
        var e = new TimelineEvent { Id = "e", Title = title, Date = new EventDate { Value = "2024-03-15", Precision = DatePrecision.Day }, Actors = [.. actors] };
        return TitleFamilyNames.Write([e], Registry)[0].Title;
    }

    [Fact]
    public void A_family_name_that_is_a_word_opens_with_the_full_name()
    {
        Assert.Equal("Mia Pastor granted a request by Maersk", Title("Pastor granted a request by Maersk", "mia-pastor", "maersk"));
    }

    [Fact]
    public void A_family_name_that_is_no_word_stays()
    {
        Assert.Equal("Holm granted a request by Maersk", Title("Holm granted a request by Maersk", "lars-holm", "maersk"));
    }

    [Fact]
    public void Only_the_first_actor_s_name_is_written_in_full()
    {
        Assert.Equal("Pastor granted a request by Lars Holm", Title("Pastor granted a request by Lars Holm", "lars-holm", "mia-pastor"));
        Assert.Equal("Mia Pastor met Lars Holm", Title("Mia Pastor met Lars Holm", "mia-pastor", "lars-holm"));
    }
}
