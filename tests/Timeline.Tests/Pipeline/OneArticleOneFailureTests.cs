using Timeline.Diagnostics;
using Timeline.Extract.Actors;
using Timeline.Model;
using Timeline.Pipeline;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>A bad article costs that article only: its problem is a located diagnostic and the others are built.</summary>
public sealed class OneArticleOneFailureTests
{
    private const string Good = """
        ---
        title: Minister in Minsk
        date: 2023-08-18
        ---
        Chinese Defense Minister Li Shangfu arrived in Belarus on Friday for talks with President Alexander Lukashenko.
        """;

    private static string Edge(string date) => $"""
        ---
        title: Edge {date}
        date: {date}
        ---
        Last week the minister met the president in Minsk. Yesterday Lukashenko said the talks would resume next year.
        On December 30 the two sides signed an agreement, and they will meet again in the first quarter of next year.
        Two days ago the ministers met. The drills will take place next month and the summit next week.
        """;

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void An_article_dated_at_the_edge_of_the_calendar_is_built_with_the_others(string date)
    {
        using var temp = new TempFolder();
        temp.Write("in/a-good.md", Good);
        temp.Write("in/b-edge.md", Edge(date));
        var options = new BuildOptions { Input = temp.Combine("in"), Output = temp.Combine("out"), UseCache = false };
        var diagnostics = new DiagnosticBag();

        var summary = new TimelineBuilder(options).Build(diagnostics);

        Assert.Equal(2, summary.Articles);
        Assert.NotNull(summary.Site);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        var stored = new EventStore(options.Output).Load(new DiagnosticBag()).Data;
        Assert.Contains(stored.Events, e => e.Sources.Any(s => s.Article == "a-good"));
    }

    [Fact]
    public void An_exception_while_extracting_one_article_becomes_its_diagnostic_and_the_others_are_extracted()
    {
        Article Article(string id) => new() { Id = id, Path = $"/in/{id}.md", Title = id, Body = "Body." };
        var articles = new[] { Article("a"), Article("b"), Article("c") };
        var extractions = new ArticleExtractions(2, null, Timeout.InfiniteTimeSpan, (article, _) => article.Id == "b"
            ? throw new InvalidOperationException("boom")
            : new ExtractedArticle { Events = [], Actors = [new Actor { Id = article.Id, Name = article.Id, Kind = ActorKind.Person }], Support = [new ActorSupport { ActorId = article.Id, Sentences = 1, InEvent = false }] });
        var diagnostics = new DiagnosticBag();

        var results = extractions.Run(articles, ["ka", "kb", "kc"], null, diagnostics);

        Assert.Equal([["a"], [], ["c"]], results.Select(r => r.Actors.Select(a => a.Id).ToArray()));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("/in/b.md", "TL0201", Severity.Error), (error.Path, error.Code, error.Severity));
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_past_its_time_budget_is_abandoned_with_its_diagnostic_and_the_others_are_extracted()
    {
        Article Article(string id) => new() { Id = id, Path = $"/in/{id}.md", Title = id, Body = "Body." };
        var articles = new[] { Article("a"), Article("b"), Article("c") };
        var extractions = new ArticleExtractions(2, null, TimeSpan.FromMilliseconds(200), (article, cancellation) =>
        {
            // "b" never ends by itself, as a pathological text might not; it checks its budget as the extractor does.
            var stop = DateTime.UtcNow.AddSeconds(60);
            while (article.Id == "b" && DateTime.UtcNow < stop)
            {
                cancellation.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }

            return new ExtractedArticle { Events = [], Actors = [new Actor { Id = article.Id, Name = article.Id, Kind = ActorKind.Person }], Support = [new ActorSupport { ActorId = article.Id, Sentences = 1, InEvent = false }] };
        });
        var diagnostics = new DiagnosticBag();

        var results = extractions.Run(articles, ["ka", "kb", "kc"], null, diagnostics);

        Assert.Equal([["a"], [], ["c"]], results.Select(r => r.Actors.Select(a => a.Id).ToArray()));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("/in/b.md", "TL0202", Severity.Error), (error.Path, error.Code, error.Severity));
        Assert.Contains("time budget of 0.2 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, extractions.Extracted);
    }

    [Fact]
    public void The_extractor_stops_between_sentences_once_its_budget_is_spent()
    {
        var article = new Article { Id = "a", Path = "/in/a.md", Title = "a", Date = new DateOnly(2023, 8, 18), Body = "Li Shangfu arrived in Minsk on Wednesday. He met Alexander Lukashenko." };
        var extractor = new Timeline.Extract.ArticleExtractor();

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(article, new CancellationToken(canceled: true)));
        Assert.NotEmpty(extractor.Extract(article, CancellationToken.None).Events);
    }
}
