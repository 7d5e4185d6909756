using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>A bad article costs that article only: its problem is a located diagnostic and the others are built.</summary>
public sealed class OneArticleOneFailureTests
{
    [Fact]
    public void An_exception_while_extracting_one_article_becomes_its_diagnostic_and_the_others_are_extracted()
    {
        Article Article(string id) => new() { Id = id, Path = $"/in/{id}.md", Title = id, Body = "Body." };
        var articles = new[] { Article("a"), Article("b"), Article("c") };
        var extractions = new ArticleExtractions(2, null, article => article.Id == "b"
            ? throw new InvalidOperationException("boom")
            : new ExtractedArticle { Events = [], Actors = [new Actor { Id = article.Id, Name = article.Id, Kind = ActorKind.Person }] });
        var diagnostics = new DiagnosticBag();

        var results = extractions.Run(articles, ["ka", "kb", "kc"], null, diagnostics);

        Assert.Equal([["a"], [], ["c"]], results.Select(r => r.Actors.Select(a => a.Id).ToArray()));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("/in/b.md", "TL0201", Severity.Error), (error.Path, error.Code, error.Severity));
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }
}
