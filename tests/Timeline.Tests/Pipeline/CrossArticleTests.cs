using Timeline.Diagnostics;
using Timeline.Pipeline;
using Timeline.Store;
using Timeline.Tests.Render;

namespace Timeline.Tests.Pipeline;

/// <summary>The same event reported by two articles is stored once, with both sources.</summary>
public sealed class CrossArticleTests
{
    [Fact]
    public void Two_articles_reporting_the_same_meeting_give_one_event_with_two_sources()
    {
        using var temp = new TempFolder();
        temp.Write("seeds/a-reuters.md", "---\ntitle: Nordic leaders meet\ndate: 2024-03-13\n---\nDanish Prime Minister Mette Frederiksen met Finnish President Alexander Stubb in Helsinki on Tuesday.\n");
        temp.Write("seeds/b-yle.md", "---\ntitle: Stubb hosts Frederiksen\ndate: 2024-03-14\n---\nFinnish President Alexander Stubb met Mette Frederiksen in Helsinki on March 12 to discuss Arctic security.\n");
        var diagnostics = new DiagnosticBag();

        new TimelineBuilder(new BuildOptions { Input = temp.Combine("seeds"), Output = temp.Combine("output") }).Extract(diagnostics);
        var events = new EventStore(temp.Combine("output")).Load(new DiagnosticBag()).Data.Events;

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var meeting = Assert.Single(events, e => e.Sources[0].Trigger == "met");
        Assert.Equal(["a-reuters", "b-yle"], meeting.Sources.Select(s => s.Article).Order(StringComparer.Ordinal));
        Assert.Equal("2024-03-12", meeting.Date.Value);
        Assert.Contains("mette-frederiksen", meeting.Actors);
        Assert.Contains("alexander-stubb", meeting.Actors);
    }
}
