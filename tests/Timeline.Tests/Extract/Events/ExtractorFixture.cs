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
}
