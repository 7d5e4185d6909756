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
public sealed class EntityTimelineBuilder(ArticleExtractor extractor)
{
    public List<EntityTimeline> Build(SemEvalCorpus corpus, IEnumerable<(string Entity, string Name)> targets)
    {
        var mentions = corpus.Documents.SelectMany(d => Mentions(d.Article, d.Tokens)).ToList();
        var timelines = new List<EntityTimeline>();
        foreach (var (entity, name) in targets)
        {
            var matcher = EntityNames.Matcher(entity);
            var involved = mentions.Where(m => Involves(matcher, m)).ToList();
            timelines.Add(new EntityTimeline { Entity = entity, Name = name, Entries = Rank(involved) });
        }

        return timelines;
    }

    private IEnumerable<Mention> Mentions(Article article, TokenMap tokens)
    {
        var extraction = extractor.Extract(article);
        EventDate? narrative = null;
        foreach (var sentence in SentenceSplitter.Split(article.Body))
        {
            var events = extraction.Events.Where(e => e.Sources.Count > 0 && e.Sources[0].Offset == sentence.Start).ToList();
            var own = extraction.Times
                .Where(t => t.Start >= sentence.Start && t.End <= sentence.End)
                .Select(t => (t.Start, Date: TimexResolver.Resolve(t, article.Date)))
                .Where(t => t.Date is { Relation: DateRelation.On })
                .ToList();
            foreach (var token in Tokenizer.Tokenize(sentence.Text, sentence.Start))
            {
                var word = TriggerLexicon.Default.Find(token.Text);
                if (word is null || (word.IsLight && !word.IsVerb && !word.IsNoun)) continue;
                var id = tokens.TokenAt(token.Start);
                if (id is null) continue;
                var date = events.OrderBy(e => Math.Abs(e.Sources[0].TriggerOffset - token.Start)).Select(e => e.Date).FirstOrDefault()
                    ?? own.OrderBy(t => Math.Abs(t.Start - token.Start)).Select(t => t.Date).FirstOrDefault()
                    ?? narrative
                    ?? Fallback(article.Date);
                yield return new Mention(id, date, sentence.Text, token.Start - sentence.Start);
            }

            // The story stays at the last date its text gave, until it names another.
            narrative = events.Select(e => e.Date).LastOrDefault(d => d.Relation == DateRelation.On && !d.Planned && (d.Text is not null || d.Anchor is not null)) ?? narrative;
        }
    }

    private static EventDate? Fallback(DateOnly? day) => day is { } d
        ? new EventDate { Value = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Precision = DatePrecision.Day, Start = d, End = d, Approximate = true }
        : null;

    private static List<TimelineEntry> Rank(List<Mention> mentions)
    {
        var dated = mentions
            .Select(m => (m.Token, Date: SemEvalDates.Format(m.Date), Key: m.Date?.Start))
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
    private static bool Involves(System.Text.RegularExpressions.Regex matcher, Mention m) =>
        matcher.Matches(m.Sentence).Any(x => Math.Abs(x.Index - m.Offset) <= MaxDistance || Math.Abs(x.Index + x.Length - m.Offset) <= MaxDistance);

    private const int MaxDistance = 40;

    private sealed record Mention(string Token, EventDate? Date, string Sentence, int Offset);
}
