using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>The people a blog or a column introduces as the writer's own staff, whose work is the newsroom's, not the story's.</summary>
public sealed class WriterColleaguesTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static HashSet<string> Find(params string[] sentences) =>
        WriterColleagues.Find(sentences.Select((s, i) => new Sentence { Index = i, Paragraph = i, Start = 0, Text = s }));

    [Theory]
    [InlineData("My colleague Ida Berg has been speaking to the mayor.", "Ida Berg")]
    [InlineData("Our Nordic business correspondent, Lars Holm, is at the hearing.", "Lars Holm")]
    [InlineData("As my hard-working colleague Halvor Dahl points out, the port is shut.", "Halvor Dahl")]
    public void A_colleague_named_by_the_writer_is_found(string sentence, string name)
    {
        Assert.Contains(name, Find(sentence));
    }

    [Fact]
    public void A_colleague_named_inside_a_quotation_is_the_speakers()
    {
        Assert.Empty(Find("\"My colleague Ida Berg will table a bill,\" the senator said."));
    }

    [Fact]
    public void A_colleagues_movements_tell_no_event()
    {
        var body = "Maersk closed the Aarhus terminal on Monday.\n\nMy colleague Ida Berg is covering the hearing.\n\nIda has just arrived at the hotel where Maersk is giving a briefing.";
        var events = fixture.Extract(body, new DateOnly(2024, 3, 15)).Events;
        Assert.DoesNotContain(events, e => e.Title.Contains("arrived", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Title.Contains("closed", StringComparison.Ordinal));
    }
}
