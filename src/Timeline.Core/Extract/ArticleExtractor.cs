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
    public const string ExtractorVersion = "277";

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

        // "Wed Apr 29, 2009 12:20 am BST": a story filed in the night was written the day before, and counts from that day.
        if (article.Date is { } stamped && SmallHoursStamp.WrittenOn(article.Body, stamped) is { } evening)
        {
            article = article with { Date = evening, Stamped = stamped };
        }

        var sentences = Readable(SentenceSplitter.Split(article.Body), article.Skipped);
        // A page of entries stamped with earlier days dates each entry from its own day.
        var entries = DatedEntries.Find(article.Body, article.Date);
        var parts = Parts(article, entries);
        var times = parts.SelectMany(p => TimesOf(article.Body, p.Start, p.End, p.Day, cancellation)).ToList();
        var mentions = sentences.Select(s =>
        {
            cancellation.ThrowIfCancellationRequested();
            return _actors.Recognize(s.Text, s.Start);
        }).ToList();
        mentions = GroupReferences.Add(_gazetteer, sentences, mentions);
        mentions = TradeNamedFirms.Add(_gazetteer, sentences, mentions);
        var actors = _edits.Apply(ArticleInitials.Join(LeaderGovernments.Join(article.Body, _evidence.Check(article.Body, ActorResolver.Resolve(mentions, article.Body))), article.Body));
        var events = entries.Count == 0
            ? _events.Extract(article, sentences, times, actors, cancellation)
            : [.. parts.SelectMany(p => _events.Extract(article with { Date = p.Day }, [.. sentences.Where(s => s.Start >= p.Start && s.Start < p.End)],
                [.. times.Where(t => t.Start >= p.Start && t.Start < p.End)], actors, cancellation))];
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

    // The article as one part dated by its own day, or its head and its dated entries, each [Start, End) with the day it counts from.
    private static List<(int Start, int End, DateOnly? Day)> Parts(Article article, List<DatedEntries.Entry> entries)
    {
        if (entries.Count == 0) return [(0, article.Body.Length, article.Date)];
        var parts = new List<(int Start, int End, DateOnly? Day)> { (0, entries[0].Start, article.Date) };
        for (var k = 0; k < entries.Count; k++)
        {
            parts.Add((entries[k].Start, k + 1 < entries.Count ? entries[k + 1].Start : article.Body.Length, entries[k].Day));
        }

        return [.. parts.Where(p => p.End > p.Start)];
    }

    // The time expressions of body[start..end), counted from its day, with their offsets in the body.
    private IReadOnlyList<Timex3> TimesOf(string body, int start, int end, DateOnly? day, CancellationToken cancellation)
    {
        if (start == 0 && end == body.Length) return TimexAnnotator.Annotate(body, day, _tagger.Tag(body, day, cancellation));
        var text = body[start..end];
        return [.. TimexAnnotator.Annotate(text, day, _tagger.Tag(text, day, cancellation)).Select(t => t with { Start = t.Start + start })];
    }

    // Page furniture is not text: its sentences are left out, and the rest numbered as if it were not there.
    private static List<Sentence> Readable(List<Sentence> sentences, List<SkippedRange> skipped)
    {
        if (skipped.Count == 0) return sentences;
        return [.. sentences.Where(s => !skipped.Exists(r => s.Start >= r.Start && s.Start < r.Start + r.Length)).Select((s, i) => s with { Index = i })];
    }
}
