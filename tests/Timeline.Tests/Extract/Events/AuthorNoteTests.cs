using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>The closing note on the writer and the career it tells give no happening.</summary>
public sealed class AuthorNoteTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    [Theory]
    [InlineData("Ida Berg is based in Aarhus and covers shipping for the Fjord Post.", true)]
    [InlineData("Lars Holm is a freelance correspondent specialising in Arctic energy.", true)]
    [InlineData("Halvor Dahl is the Fjord Post's Nordic reporter.", true)]
    [InlineData("Lars Holm is a professor of oceanography at Aarhus University.", false)]
    [InlineData("Maersk is based in Copenhagen.", false)]
    [InlineData("Ida Berg said the port was closed.", false)]
    public void Knows_the_opening_of_the_note(string sentence, bool opens)
    {
        Assert.Equal(opens, AuthorNote.Opens(sentence));
    }

    [Fact]
    public void Nothing_from_the_note_on_is_an_event()
    {
        const string story = "Maersk closed the Aarhus terminal on Monday.\n\nThe union protested.\n\n"
            + "Ida Berg is based in Aarhus and covers shipping for the Fjord Post.\n\nShe joined the paper in 1998 to cover ports.\n\n"
            + "Ida graduated from Aarhus University in 1989.";
        var events = fixture.Extract(story, new DateOnly(2012, 6, 14)).Events;

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger is "joined" or "graduated");
        Assert.Contains(events, e => e.Sources[0].Trigger == "closed");
    }

    [Fact]
    public void The_same_words_early_in_a_story_introduce_someone_it_is_about()
    {
        const string story = "Maersk closed the Aarhus terminal on Monday.\n\nIda Berg is a reporter for the Fjord Post.\n\n"
            + "She sued Maersk on Tuesday.\n\nThe union protested.\n\nThe port reopened.\n\nThe mayor spoke.\n\nShips waited.\n\n"
            + "Trucks queued.\n\nFerries sailed.\n\nThe strike ended.";
        var events = fixture.Extract(story, new DateOnly(2012, 6, 14)).Events;

        Assert.Contains(events, e => e.Sources[0].Trigger == "sued");
    }
}
