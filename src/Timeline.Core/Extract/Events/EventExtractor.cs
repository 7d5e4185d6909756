using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Reads events from an article, one per clause that says something happened or will happen:
/// trigger, date, actors, place, title and evidence. Pure: text and earlier stages' records in, events out.
/// </summary>
public sealed class EventExtractor(TriggerLexicon lexicon)
{
    private readonly TriggerFinder _finder = new(lexicon);

    public List<TimelineEvent> Extract(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Timex3> times, ArticleActors actors)
    {
        var byId = actors.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var events = new List<ExtractedEvent>();
        foreach (var sentence in sentences)
        {
            foreach (var clause in ClauseSplitter.Split(sentence))
            {
                if (Read(article, sentence, clause, times, actors, byId, events) is { } e) events.Add(e);
            }
        }

        return [.. events.Select(e => e.Event)];
    }

    private ExtractedEvent? Read(Article article, Sentence sentence, TextSpan clause, IReadOnlyList<Timex3> times,
        ArticleActors actors, Dictionary<string, Actor> byId, List<ExtractedEvent> earlier)
    {
        var tokens = Tokenizer.Tokenize(clause.Text, clause.Start);
        if (_finder.Find(tokens) is not { } trigger) return null;
        var triggerToken = tokens[trigger.Token];
        var lemma = trigger.Word.Lemma;

        // "The visit of the minister ..." after a visit was reported is the same visit, not a new one.
        if (trigger.IsDefiniteNoun && earlier.Exists(e => e.Lemma == lemma)) return null;

        var mentions = actors.Mentions.Where(m => m.Mention.Start >= clause.Start && m.Mention.End <= clause.End).ToList();
        var subjectMentions = mentions.Where(m => m.Mention.Start < triggerToken.Start && byId[m.ActorId].Kind != ActorKind.Place).ToList();
        if (trigger.IsStatement && subjectMentions.Count == 0) return null;

        var clauseTimes = times.Where(t => t.Start >= clause.Start && t.End <= clause.End).ToList();
        var (date, byText) = EventDating.Date(clause.Text, clause.Start, triggerToken.Start, trigger, times, article.Date, earlier);
        var future = date.Planned || (EventDating.IsFuture(clause.Text) && !trigger.IsPast);
        var status = trigger.IsNegated ? EventStatus.Negated
            : trigger.IsHypothetical ? EventStatus.Hypothetical
            : future ? EventStatus.Planned
            : trigger.IsPerfect || trigger.IsPresent ? EventStatus.Ongoing
            : EventStatus.Happened;
        if (status is EventStatus.Negated or EventStatus.Hypothetical)
        {
            // What did not (or may) happen has no date of its own: it is placed where it was reported.
            (date, byText) = (EventDating.Reported(article.Date), false);
        }
        else if (future && !date.Planned)
        {
            date = date with { Planned = true };
        }

        var place = PlaceOf(clause.Text, clause.Start, mentions, byId, lemma);
        var actorIds = new List<string>();
        if (subjectMentions.Count == 0 && earlier.Count > 0)
        {
            actorIds.AddRange(earlier[^1].Event.Actors);
        }

        foreach (var m in mentions)
        {
            if (byId[m.ActorId].Kind != ActorKind.Place && !actorIds.Contains(m.ActorId)) actorIds.Add(m.ActorId);
        }

        var title = TitleBuilder.Build(clause.Text, clause.Start, triggerToken.Start, triggerToken.Start + triggerToken.Length, mentions, byId, clauseTimes);
        var id = MakeId(actorIds, mentions, triggerToken.Start, lemma, byId, title);
        var e = new TimelineEvent
        {
            Id = id,
            Title = title,
            Summary = sentence.Text,
            Date = date,
            Actors = actorIds,
            Place = place,
            Type = trigger.IsStatement ? "other" : trigger.Word.Type,
            Status = status,
            Confidence = Confidence(trigger, byText, date, subjectMentions.Count > 0),
            Sources =
            [
                new EventSource
                {
                    Article = article.Id, Offset = sentence.Start, Length = sentence.Text.Length,
                    TriggerOffset = triggerToken.Start, TriggerLength = triggerToken.Length, Trigger = triggerToken.Text,
                },
            ],
        };
        return new ExtractedEvent { Event = e, Lemma = lemma, Paragraph = sentence.Paragraph, DatedByText = byText };
    }

    // A rough measure for readers and for merging: a verb with its own date and a named subject is surest.
    private static double Confidence(TriggerMatch trigger, bool datedByText, EventDate date, bool hasSubject)
    {
        var c = 0.5;
        if (datedByText) c += date.Text is not null ? 0.2 : 0.1;
        if (hasSubject) c += 0.1;
        if (trigger.Word.IsVerb && !trigger.IsStatement) c += 0.1;
        if (trigger.IsStatement) c -= 0.1;
        if (trigger.IsNegated || trigger.IsHypothetical) c -= 0.2;
        if (trigger.IsDefiniteNoun) c -= 0.1;
        return Math.Round(Math.Clamp(c, 0.1, 0.95), 2);
    }

    private static string? PlaceOf(string clause, int clauseStart, List<ResolvedMention> mentions, Dictionary<string, Actor> byId, string lemma)
    {
        foreach (var m in mentions)
        {
            var kind = byId[m.ActorId].Kind;
            if (m.Mention.IsDemonym || kind is not (ActorKind.Place or ActorKind.Country)) continue;
            var afterIndex = m.Mention.End - clauseStart;
            if (afterIndex < clause.Length && clause[afterIndex] is '\'' or '’') continue; // "Russia's invasion"
            var before = clause[..(m.Mention.Start - clauseStart)].TrimEnd();
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (word is "in" or "at" or "inside") return m.ActorId;
            if (word == "to" && lemma is "visit" or "trip" or "travel" or "arrive" or "embark") return m.ActorId;
        }

        return null;
    }

    private static string MakeId(List<string> actorIds, List<ResolvedMention> mentions, int triggerStart, string lemma, Dictionary<string, Actor> byId, string title)
    {
        var who = actorIds.Select(a => byId[a]).FirstOrDefault(a => a.Kind == ActorKind.Person)
            ?? actorIds.Select(a => byId[a]).FirstOrDefault();
        var whom = mentions.Where(m => m.Mention.Start > triggerStart && m.ActorId != who?.Id && !m.Mention.IsDemonym)
            .Select(m => byId[m.ActorId]).FirstOrDefault();
        var parts = who is null ? title : $"{who.Name} {lemma} {whom?.Name}";
        return Slug.Make(parts, 48);
    }
}
