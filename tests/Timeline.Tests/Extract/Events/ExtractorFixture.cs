using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>One article extractor for a whole test class: its time recogniser model is costly to build.</summary>
public sealed class ExtractorFixture
{
    private readonly ArticleExtractor _extractor = new();

    public ArticleExtraction Extract(string body, DateOnly date) => _extractor.Extract(new Article
    {
        Id = "test-article", Path = "test-article.txt", Title = "Test article", Date = date, Body = body,
    });

    /// <summary>The one event whose trigger is <paramref name="trigger"/>; the test fails, listing what was found, when there is none.</summary>
    public TimelineEvent ByTrigger(string body, DateOnly date, string trigger)
    {
        var events = Extract(body, date).Events;
        return events.SingleOrDefault(e => e.Sources[0].Trigger == trigger)
            ?? throw new Xunit.Sdk.XunitException($"no event with trigger '{trigger}' in: {string.Join(" | ", events.Select(e => $"{e.Sources[0].Trigger}: {e.Title}"))}");
    }
}
