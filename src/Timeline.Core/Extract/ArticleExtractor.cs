using Timeline.Extract.Actors;
using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// Runs every extraction step on one article. Build one and reuse it: it holds the time recogniser
/// model and the gazetteers, which are costly to load and safe to share between threads.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>
    /// Bump it when extraction changes: the extraction cache keys on it. The cache also keys on this assembly's
    /// build, so a forgotten bump still never serves results of other code.
    /// </summary>
    public const string ExtractorVersion = "4";

    private readonly TemporalTagger _tagger = new();
    private readonly ActorRecognizer _actors;
    private readonly ActorEdits _edits;
    private readonly EventExtractor _events = new(TriggerLexicon.Default);

    public ArticleExtractor()
        : this(ActorEdits.None)
    {
    }

    /// <summary>An extractor that follows the hand edits of the actor registry (aliases, renames, merges, not-an-actor).</summary>
    public ArticleExtractor(ActorEdits edits)
    {
        _edits = edits;
        _actors = new ActorRecognizer(edits.Extend(Gazetteer.Default));
    }

    /// <summary>
    /// Extracts one article. <paramref name="cancellation"/> is checked between sentences, so an article that runs
    /// past its time budget is abandoned soon after (<see cref="OperationCanceledException"/>).
    /// </summary>
    public ArticleExtraction Extract(Article article, CancellationToken cancellation = default)
    {
        // Too near the ends of the calendar to count from: its relative dates stay unresolved, as if it had no date.
        var dated = article;
        if (article.Date is { } date && !CalendarEdges.CanAnchor(date))
        {
            article = article with { Date = null };
        }

        var sentences = SentenceSplitter.Split(article.Body);
        var times = TimexAnnotator.Annotate(article.Body, article.Date, _tagger.Tag(article.Body, article.Date, cancellation));
        var mentions = sentences.Select(s =>
        {
            cancellation.ThrowIfCancellationRequested();
            return _actors.Recognize(s.Text, s.Start);
        }).ToList();
        var actors = _edits.Apply(ActorResolver.Resolve(mentions));
        var events = _events.Extract(article, sentences, times, actors, cancellation);
        return new ArticleExtraction
        {
            Article = dated,
            Events = events,
            Actors = actors.Actors,
            Times = [.. times],
            Sentences = SentenceDating.Date(sentences, times, actors.Mentions),
        };
    }
}
