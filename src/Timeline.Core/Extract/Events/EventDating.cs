using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Dates an event: its own time expression first; else what the text says about another event
/// ("prior to the visit", "during the talks") or about a happening the article dates ("after the April 20 explosion");
/// else the time the narrative is at; else "on or before"
/// the article date.
/// </summary>
internal static partial class EventDating
{
    public static (EventDate Date, bool ByText) Date(
        string clause, int clauseStart, int triggerOffset, TriggerMatch trigger,
        IReadOnlyList<Timex3> times, DateOnly? articleDate, IReadOnlyList<ExtractedEvent> earlier, NarrativeLink? narrativeLink = null,
        DatedHappenings? happenings = null, string? body = null, DateOnly? stamped = null)
    {
        // "Since the April 20 blowout, Maersk hired 500 engineers": the time in the phrase dates the blowout, and the clause after it.
        var byHappening = happenings?.Anchor(clause, clauseStart, triggerOffset);
        if (Own(clause, clauseStart, triggerOffset, times, articleDate) is { } date
            && !(byHappening is { Text: { } anchorText } && date.Text is { Length: > 0 } own && anchorText.Contains(own, StringComparison.Ordinal))) return (date, true);
        if (Counted(clause, clauseStart, triggerOffset, times, articleDate, narrativeLink, body) is { } counted) return (counted, true);
        // "Mexico has closed its ports since Sunday": from that day on.
        if (PerfectSince.Start(clause, clauseStart, triggerOffset, trigger, times, articleDate) is { } since) return (since, true);

        var anchor = AnchorRegex().Match(clause);
        if (anchor.Success && anchor.Index < triggerOffset - clauseStart && FindEvent(earlier, anchor.Groups["noun"].Value) is { } target)
        {
            var d = target.Event.Date;
            var phrase = anchor.Groups["rel"].Value.ToLowerInvariant();
            var relation = phrase switch
            {
                "prior to" or "before" or "ahead of" or "in the run-up to" => DateRelation.Before,
                "after" or "following" or "since" => DateRelation.After,
                _ => DateRelation.On,
            };
            return (d with
            {
                Relation = relation,
                Anchor = target.Event.Id,
                // "Before the visit" is exact about the order even when the visit's own date is not.
                Approximate = relation == DateRelation.On && d.Approximate,
                Start = relation == DateRelation.Before ? null : d.Start,
                End = relation == DateRelation.After ? null : d.End,
                Text = anchor.Value,
            }, true);
        }

        // "After the explosion, Maersk sent divers": timed by a happening the article dates elsewhere ("the April 20 explosion").
        if (byHappening is not null) return (byHappening, true);

        // A past-tense clause with no date of its own goes on at the time the story is at, only while the
        // narrative clearly continues: the same paragraph (or a paragraph that opens with "it" or "he" for the actor the one
        // before ended on, as news written one sentence a paragraph does), the sentence just before, the same actor acting.
        if (((trigger.IsPast && !trigger.IsPerfect) || trigger.IsDefiniteNoun) && narrativeLink is { } link)
        {
            var narrative = earlier.LastOrDefault(e => e.DatedByText && !e.Event.Date.Planned && e.Event.Date.Relation == DateRelation.On
                && (e.Paragraph == link.Paragraph || (link.PronounSubject && link.Paragraph - e.Paragraph == 1))
                && link.Sentence - e.Sentence <= 1 && e.Event.Actors.Count > 0 && link.Subject.Contains(e.Event.Actors[0]));
            if (narrative is not null)
            {
                return (narrative.Event.Date with { Text = null, Anchor = narrative.Event.Id }, true);
            }
        }

        // A past happening told right after a sentence that names its day ("Shares fell yesterday. X closed at ...")
        // takes that day when nothing in between says otherwise; so does a paragraph that opens with "he" or "it" for whom the
        // sentence just before named with its day ("Holm watched the race yesterday.\n\nHe was photographed ...").
        if (trigger.IsPast && !trigger.IsPerfect && narrativeLink is { StoryFrom: >= 0 } story && articleDate is { } published)
        {
            var from = story.CarryFrom >= 0 ? Math.Min(story.CarryFrom, story.StoryFrom) : story.StoryFrom;
            var told = times
                .Where(t => t.Start >= from && t.End <= clauseStart && t.Type is "DATE" or "TIME")
                .Select(t => (Time: t, Date: TimexResolver.Resolve(t, articleDate)))
                .LastOrDefault(t => t.Date is { Relation: DateRelation.On, Precision: >= DatePrecision.Day, Planned: false } d && d.Start <= published && d.Start >= published.AddDays(-7));
            // Across the paragraph break only a day gone by ("yesterday", "on Monday"): the day of publication is as often a
            // dateline, a comment's timestamp or "currently" as the story's day. A story stamped in the small hours counts from the
            // evening before, whose "on Monday" is a day named in the text, not the stamp's.
            var overBreak = told.Time is { } at && at.Start < story.StoryFrom;
            if (told.Date is { } day && !(overBreak && day.Start >= (stamped ?? published))) return (day with { Text = null, Approximate = false }, true);
        }

        return (Fallback(articleDate), false);
    }

    /// <summary>The date the clause's own time expression gives its event, or null: a time that modifies a noun ("this year's
    /// conference") or belongs to another clause does not date it.</summary>
    public static EventDate? Own(string clause, int clauseStart, int triggerOffset, IEnumerable<Timex3> times, DateOnly? articleDate) =>
        ClauseTimes(clause, clauseStart, triggerOffset, times, articleDate)
        .Where(t => t.Date is not null)
        .OrderBy(t => IsPossessive(clause, t.Time.End - clauseStart) ? 1 : 0)
        .ThenBy(t => Math.Abs(t.Time.Start - triggerOffset))
        .FirstOrDefault().Date;

    // The times of the clause of the word at offset that can date it, each with the date it gives.
    // "late Thursday night", read as "late Thursday" and "night": a part of a day right after a day is that day's, not the
    // article's; the day dates the clause.
    private static IEnumerable<(Timex3 Time, EventDate? Date)> ClauseTimes(string clause, int clauseStart, int offset, IEnumerable<Timex3> times, DateOnly? articleDate) => times
        .Where(t => t.Start >= clauseStart && t.End <= clauseStart + clause.Length && OwnTimeFilter.CanDate(clause, clauseStart, t)
            && OwnTimeFilter.SameClause(clause, clauseStart, offset, t)
            && !(OwnTimeFilter.BarePartOfDayRegex().IsMatch(t.Text) && times.Any(o => o.End <= t.Start && t.Start - o.End <= 1)))
        .Select(t => (t, TimexResolver.Resolve(t, articleDate)));

    /// <summary>
    /// The day a report was made, as the bound of what it reports: "a BP official said on Monday that the company had received
    /// approval" tells that the approval came on or before Monday, no more. Only a past time of the saying's own clause
    /// (<paramref name="sayingTimes"/>, nearest the reporting verb) that can date a clause; null when there is none.
    /// </summary>
    public static EventDate? SaidBy(string clause, int clauseStart, int sayingOffset, IEnumerable<Timex3> sayingTimes, DateOnly? articleDate)
    {
        var said = Saying(clause, clauseStart, sayingOffset, sayingTimes, articleDate);
        if (said is null || (said.End ?? said.Start) is not { } end) return null;
        // "said this week": by the end of the week, but no later than the day it was published.
        if (articleDate is { } day && end > day) end = day;
        return new EventDate { Value = said.Value, Precision = said.Precision, End = end, Relation = DateRelation.Before };
    }

    /// <summary>
    /// A plan as it was reported: "the firm said in March it would buy the blocks", "the agency declared on Thursday it would
    /// stop using the name" tell of a plan made by that day, to be carried out after it; by the day the article came out it
    /// may already be under way, so only the day of saying bounds it. The saying's own past time (as <see cref="SaidBy"/>
    /// finds it) opens the plan's span. Null when the saying has none.
    /// </summary>
    public static EventDate? PlannedAfterSaying(string clause, int clauseStart, int sayingOffset, IEnumerable<Timex3> sayingTimes, DateOnly? articleDate)
    {
        var said = Saying(clause, clauseStart, sayingOffset, sayingTimes, articleDate);
        if (said is not { Start: { } start }) return null;
        return new EventDate { Value = said.Value, Precision = said.Precision, Start = start, Relation = DateRelation.After, Approximate = true, Planned = true };
    }

    // The past time nearest the reporting verb in the saying's own clause.
    private static EventDate? Saying(string clause, int clauseStart, int sayingOffset, IEnumerable<Timex3> sayingTimes, DateOnly? articleDate) =>
        ClauseTimes(clause, clauseStart, sayingOffset, sayingTimes, articleDate)
            .Where(t => t.Date is { Relation: DateRelation.On, Planned: false, Approximate: false } d && (d.Start ?? d.End) is { } start
                && (articleDate is not { } published || start <= published))
            .OrderBy(t => Math.Abs(t.Time.Start - sayingOffset))
            .Select(t => t.Date)
            .FirstOrDefault();

    // "A year earlier, the HSE issued a notice": counted from the last time the text named, in this sentence or the one before.
    // "Truss took office on 6 September to replace Johnson, who had been forced out in July. Two days later, the Queen died": a
    // time in a relative clause set off by its comma dates an aside about the one named, not where the story is; the count goes
    // from the time before it, and from none when that was the only one.
    private static EventDate? Counted(string clause, int clauseStart, int triggerOffset, IReadOnlyList<Timex3> times, DateOnly? articleDate, NarrativeLink? link, string? body)
    {
        if (link is not { RecallFrom: >= 0 } story) return null;
        var end = clauseStart + clause.Length;
        var time = times.Where(t => t.Start >= clauseStart && t.End <= end && AnaphoricTime.IsAnaphoric(t.Text)
                && OwnTimeFilter.SameClause(clause, clauseStart, triggerOffset, t) && !CountsFromNoun(clause, clauseStart, t))
            .OrderBy(t => Math.Abs(t.Start - triggerOffset)).FirstOrDefault();
        if (time is null) return null;
        var anchor = times.Where(t => t.Start >= story.RecallFrom && t.End <= time.Start && t.Type is "DATE" or "TIME" && !AnaphoricTime.IsAnaphoric(t.Text)
                && !(body is not null && InRelativeAside(body, t.Start)))
            .Select(t => TimexResolver.Resolve(t, articleDate)).LastOrDefault(d => d is { Relation: DateRelation.On });
        return anchor is null ? null : AnaphoricTime.From(time.Text, anchor) is { } d ? d with { Text = time.Text } : null;
    }

    // Whether the text at <paramref name="at"/> stands in a relative clause opened by ", who", ", which" or ", whose" that has not
    // closed (no comma, semicolon, dash or sentence end between).
    internal static bool InRelativeAside(string body, int at)
    {
        for (var k = Math.Min(at, body.Length) - 1; k >= 0; k--)
        {
            var c = body[k];
            if (c is '.' or '!' or '?' or ';' or '\n' or '—' or '–') return false;
            if (c != ',') continue;
            var next = body.AsSpan(k + 1).TrimStart();
            return next.StartsWith("who ", StringComparison.Ordinal) || next.StartsWith("which ", StringComparison.Ordinal) || next.StartsWith("whose ", StringComparison.Ordinal);
        }

        return false;
    }

    // "two days before the vote" counts from the vote, which is no time the text gave.
    private static bool CountsFromNoun(string clause, int clauseStart, Timex3 time)
    {
        var end = time.End - clauseStart;
        var preposition = time.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase) || time.Text.EndsWith("after", StringComparison.OrdinalIgnoreCase);
        return preposition && end + 1 < clause.Length && clause[end] == ' ' && char.IsLetter(clause[end + 1]);
    }

    private static bool IsPossessive(string clause, int end) =>
        end + 1 < clause.Length && clause[end] is '\'' or '’' && clause[end + 1] is 's' or 'S';

    /// <summary>The article date as a bound: an event only reported, not dated by the text, happened on or before it.</summary>
    public static EventDate Reported(DateOnly? articleDate) => Fallback(articleDate);

    // Never a guessed day: what the text does not date is known only to have happened by the day it was reported.
    private static EventDate Fallback(DateOnly? articleDate) => articleDate is { } d
        ? new EventDate
        {
            Value = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Precision = DatePrecision.Day,
            End = d, Relation = DateRelation.Before,
        }
        : new EventDate { Value = "XXXX-XX-XX", Precision = DatePrecision.Unknown, Approximate = true };

    private static ExtractedEvent? FindEvent(IReadOnlyList<ExtractedEvent> earlier, string noun)
    {
        var lemma = noun.ToLowerInvariant();
        var byLemma = earlier.LastOrDefault(e => e.Lemma == lemma || e.Lemma + "s" == lemma || e.Lemma == lemma + "s");
        if (byLemma is not null) return byLemma;
        // "The summit opened in Helsinki": the earlier event whose own words name it.
        var named = earlier.LastOrDefault(e => e.Event.Summary is { } s && Regex.IsMatch(s, $@"\b{Regex.Escape(noun)}\b", RegexOptions.IgnoreCase));
        if (named is not null) return named;
        // "the meeting" after "talks" or "a visit": the same diplomatic encounter.
        return lemma is "meeting" or "talks" or "visit" or "trip" or "summit" ? earlier.LastOrDefault(e => e.Event.Type == "CONSULT") : null;
    }

    [GeneratedRegex(@"\b(?<rel>[Pp]rior to|[Bb]efore|[Aa]head of|[Ii]n the run-up to|[Aa]fter|[Ff]ollowing|[Ss]ince|[Dd]uring|[Aa]t)\s+(?:the|this|that|his|her|their|its)\s+(?:\w+\s+)?(?<noun>visit|trip|talks|meeting|summit|negotiations|election|war|invasion|attack|attacks|drills|exercises|agreement|deal|protests?|strikes?|launch|sanctions)\b")]
    private static partial Regex AnchorRegex();
}
