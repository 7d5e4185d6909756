using Timeline.Extract;
using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Evaluation.Timelines;

/// <summary>
/// Builds a SemEval timeline per target entity from raw articles: every event mention in a sentence that
/// names the entity, dated by the clause's event (its own words, an anchor, the narrative), else by a time
/// expression of the sentence, else by the article date; ranked by date.
/// </summary>
public sealed partial class EntityTimelineBuilder(ArticleExtractor extractor)
{
    private readonly EventMentionFinder _finder = new(Timeline.Extract.Text.Pos.PosTagger.Default, TriggerLexicon.Default);

    public List<EntityTimeline> Build(SemEvalCorpus corpus, IEnumerable<(string Entity, string Name)> targets)
    {
        var mentions = corpus.Documents.SelectMany(d => Mentions(d.Article, d.Tokens)).ToList();
        var timelines = new List<EntityTimeline>();
        foreach (var (entity, name) in targets)
        {
            var matcher = EntityNames.Matcher(entity);
            var person = EntityNames.IsPersonName(entity);
            var involved = mentions.Where(m => Involves(matcher, m, person)).ToList();
            timelines.Add(new EntityTimeline { Entity = entity, Name = name, Entries = Rank(involved) });
        }

        return timelines;
    }

    private IEnumerable<Mention> Mentions(Article article, TokenMap tokens)
    {
        var extraction = extractor.Extract(article);
        EventDate? narrative = null;
        var previous = "";
        foreach (var sentence in SentenceSplitter.Split(article.Body))
        {
            // The headline repeats the story's lead; its events are read from the body.
            if (sentence.Text.Trim().Equals(article.Title.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            var events = extraction.Events.Where(e => e.Sources.Count > 0 && e.Sources[0].Offset == sentence.Start).ToList();
            var own = extraction.Times
                .Where(t => t.Start >= sentence.Start && t.End <= sentence.End && OwnTimeFilter.CanDate(sentence.Text, sentence.Start, t))
                .Select(t => (t.Start, Date: TimexResolver.Resolve(t, article.Date)))
                .Where(t => t.Date is { Relation: DateRelation.On })
                .ToList();
            var found = _finder.Find(Tokenizer.Tokenize(sentence.Text, sentence.Start));
            var offsets = found.Select(t => t.Start - sentence.Start).ToArray();
            foreach (var token in found)
            {
                var id = tokens.TokenAt(token.Start);
                if (id is null) continue;
                var date = events.OrderBy(e => Math.Abs(e.Sources[0].TriggerOffset - token.Start)).Select(e => e.Date).FirstOrDefault()
                    ?? own.OrderBy(t => Math.Abs(t.Start - token.Start)).Select(t => t.Date).FirstOrDefault()
                    ?? narrative
                    ?? (article.Date is null ? null : EventDating.Reported(article.Date));
                yield return new Mention(id, date, sentence.Text, token.Start - sentence.Start, offsets, previous);
            }

            previous = sentence.Text;

            // The story stays at the last day its text gave, until it names another.
            // A sentence that tells no dated event may still give the story's day in its own words ("announced Friday
            // that it will ..."): a past day of its own carries the same way. A year or a month ("fought cancer in 2004") dates
            // background the story steps back into for a sentence, not the story's day.
            narrative = events.Select(e => e.Date).LastOrDefault(d => d is { Relation: DateRelation.On, Planned: false, Precision: DatePrecision.Day } && (d.Text is not null || d.Anchor is not null))
                ?? own.Select(t => t.Date).LastOrDefault(d => d is { Planned: false, Precision: DatePrecision.Day } && article.Date is { } published && d.End <= published)
                ?? narrative;
        }
    }

    private static List<TimelineEntry> Rank(List<Mention> mentions)
    {
        var dated = mentions
            .Select(m => (m.Token, Date: SemEvalDates.Format(m.Date), Key: SemEvalDates.SortKey(m.Date)))
            .DistinctBy(m => m.Token)
            .ToList();
        var order = dated.Where(m => m.Date != SemEvalDates.Undated)
            .GroupBy(m => m.Date, StringComparer.Ordinal)
            .Select(g => (Date: g.Key, Key: g.Min(m => m.Key ?? DateOnly.MaxValue)))
            .OrderBy(d => d.Key).ThenBy(d => d.Date.Length).ThenBy(d => d.Date, StringComparer.Ordinal)
            .Select((d, i) => (d.Date, Rank: i + 1))
            .ToDictionary(d => d.Date, d => d.Rank, StringComparer.Ordinal);
        return [.. dated.Select(m => new TimelineEntry { Token = m.Token, Date = m.Date, Rank = order.GetValueOrDefault(m.Date) })];
    }

    // An event involves the entity when the entity is named close to it in its sentence: its subject or object.
    // The entity must be the event's nearest participant: no other event word stands between them.
    private static bool Involves(System.Text.RegularExpressions.Regex matcher, Mention m, bool person)
    {
        // "he" and "she" continue a person named in this or the previous sentence.
        var named = matcher.Matches(m.Sentence).Cast<System.Text.RegularExpressions.Match>();
        if (person && (matcher.IsMatch(m.Previous) || matcher.IsMatch(m.Sentence)))
        {
            named = named.Concat(PronounRegex().Matches(m.Sentence));
        }

        return named.Any(x =>
        {
            var (from, to) = x.Index < m.Offset ? (x.Index + x.Length, m.Offset) : (m.Offset, x.Index);
            return to - from <= MaxDistance && !m.Others.Any(o => o > from && o < to && o != m.Offset)
                && m.Sentence.AsSpan(from, to - from).IndexOfAny(';', ':') < 0;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\b")]
    private static partial System.Text.RegularExpressions.Regex PronounRegex();

    private const int MaxDistance = 25;

    private sealed record Mention(string Token, EventDate? Date, string Sentence, int Offset, int[] Others, string Previous);
}
