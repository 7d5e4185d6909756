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
    public const string ExtractorVersion = "263";

    private readonly TemporalTagger _tagger;
    private readonly ActorRecognizer _actors;
    private readonly ActorEdits _edits;
    private readonly ActorEvidence _evidence;
    private readonly Gazetteer _gazetteer;
    private readonly EventExtractor _events;

    public ArticleExtractor()
        : this(ActorEdits.None)
    {
    }

    /// <summary>An extractor that follows the hand edits of the actor registry (aliases, renames, merges, not-an-actor).</summary>
    public ArticleExtractor(ActorEdits edits)
        : this(edits, ExtractorModels.Start(threads: 1))
    {
    }

    /// <summary>An extractor that follows the hand edits, reading with <paramref name="models"/> (started before, maybe still loading).</summary>
    public ArticleExtractor(ActorEdits edits, ExtractorModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        _edits = edits;
        _tagger = models.Tagger;
        var gazetteer = edits.Extend(Gazetteer.Default);
        _gazetteer = gazetteer;
        _actors = new ActorRecognizer(gazetteer);
        _evidence = new ActorEvidence(gazetteer);
        _events = new(TriggerLexicon.Default);
        models.Wait();
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

        // "All Thursday's live updates" put out on Friday: the entries, their "today" and "yesterday", are Thursday's.
        if (article.Date is { } issued && LiveBlogDay.Covered(article.Body, issued) is { } covered)
        {
            article = article with { Date = covered };
        }

        var sentences = Readable(SentenceSplitter.Split(article.Body), article.Skipped);
        var times = TimexAnnotator.Annotate(article.Body, article.Date, _tagger.Tag(article.Body, article.Date, cancellation));
        var mentions = sentences.Select(s =>
        {
            cancellation.ThrowIfCancellationRequested();
            return _actors.Recognize(s.Text, s.Start);
        }).ToList();
        mentions = GroupReferences.Add(_gazetteer, sentences, mentions);
        mentions = TradeNamedFirms.Add(_gazetteer, sentences, mentions);
        var actors = _edits.Apply(ArticleInitials.Join(LeaderGovernments.Join(article.Body, _evidence.Check(article.Body, ActorResolver.Resolve(mentions, article.Body))), article.Body));
        var events = _events.Extract(article, sentences, times, actors, cancellation);
        var support = ActorSupports.Of(article.Id, article.Body, actors, events);
        return new ArticleExtraction
        {
            Article = dated,
            Events = events,
            Actors = actors.Actors,
            Support = support,
            Times = [.. times],
            Sentences = SentenceDating.Date(sentences, times, actors.Mentions),
        };
    }

    // Page furniture is not text: its sentences are left out, and the rest numbered as if it were not there.
    private static List<Sentence> Readable(List<Sentence> sentences, List<SkippedRange> skipped)
    {
        if (skipped.Count == 0) return sentences;
        return [.. sentences.Where(s => !skipped.Exists(r => s.Start >= r.Start && s.Start < r.Start + r.Length)).Select((s, i) => s with { Index = i })];
    }
}
