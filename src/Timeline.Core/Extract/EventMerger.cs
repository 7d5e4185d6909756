using System.Runtime.InteropServices;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// Merges the same event reported by several articles into one event with all its sources: same kind of
/// event (type, or trigger word), a shared participant, compatible dates. The most precise date wins;
/// the others are kept in <see cref="TimelineEvent.OtherDates"/>.
/// </summary>
public static class EventMerger
{
    private const int ApproximateSlackDays = 7;

    public static List<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor> actors)
    {
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var merged = new List<TimelineEvent>(events.Count);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only events of the same type can be the same event (SameKind): each is compared with those alone, first merged first.
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var sameType = CollectionsMarshal.GetValueRefOrAddDefault(byType, TypeOf(e), out _) ??= [];
            var index = sameType.FindIndex(i => SameEvent(merged[i], e, byId)) is var at and >= 0 ? sameType[at] : -1;
            if (index < 0)
            {
                sameType.Add(merged.Count);
                merged.Add(e);
                continue;
            }

            merged[index] = Combine(merged[index], e);
            renamed[e.Id] = merged[index].Id;
        }

        return [.. merged.Select(e => e.Date.Anchor is { } a && renamed.TryGetValue(a, out var to) ? e with { Date = e.Date with { Anchor = to } } : e)];
    }

    public static bool SameEvent(TimelineEvent a, TimelineEvent b, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        // Every test is pure, so their order changes no answer: the cheap and selective ones (dates) go first, as each
        // event is compared with every earlier one of its type.
        if (a.Status != b.Status && (IsUnreal(a.Status) || IsUnreal(b.Status))) return false;
        // The same sentence in two articles (a wire story filed again, a background paragraph carried from one report to the next)
        // tells one happening twice, whoever it names: it happened by the first report, so two "on or before" dates meet.
        if (a.Summary is { Length: > 0 } told && string.Equals(told, b.Summary, StringComparison.Ordinal) && a.Status == b.Status
            && (Overlap(a.Date, b.Date) || (a.Date.IsReportedOnly() && b.Date.IsReportedOnly()))) return !SameArticle(a, b);
        // "Dr Murray has pleaded not guilty to involuntary manslaughter", told again in each story of the case: a result in the
        // present perfect with no time of its own still holds when each article reports it, whatever the months between them. Told with
        // the same verb of the same principal actor and at least two of the same words after it, it is one happening, known since the first.
        if (a.Date.IsReportedOnly() && b.Date.IsReportedOnly() && a.Status == b.Status && a.Actors.Count > 0 && b.Actors.Count > 0
            && string.Equals(a.Actors[0], b.Actors[0], StringComparison.Ordinal) && StillHolds(a) && StillHolds(b) && SameKind(a, b, weaklyDated: false)
            && ObjectWords(a).Intersect(ObjectWords(b)).Count() >= MinRepeatedObjectWords) return !SameArticle(a, b);
        // "Michael Jackson died", told again in stories months and years on: a person dies once. The death of the same person,
        // each side happened, is one happening whatever the time between the reports, as long as a report does not come before
        // the day another gives.
        if (Dies(a) && Dies(b) && a.Status == EventStatus.Happened && b.Status == EventStatus.Happened && a.Actors.Count > 0 && b.Actors.Count > 0
            && string.Equals(a.Actors[0], b.Actors[0], StringComparison.Ordinal) && KindOf(a.Actors[0], actors) == ActorKind.Person
            && NotBefore(a.Date, b.Date) && NotBefore(b.Date, a.Date)) return !SameArticle(a, b);
        // "Hayward will spend more time running the business" is not "Hayward was spending time with his son": without a time
        // of its own on either side, a plan is told apart from what happened, whose date and status it would otherwise take.
        var weaklyDated = IsFallback(a.Date) || IsFallback(b.Date);
        if (weaklyDated && (a.Status == EventStatus.Planned) != (b.Status == EventStatus.Planned)) return false;
        if (!Overlap(a.Date, b.Date)) return false;
        if (!SameKind(a, b, weaklyDated)) return false;
        var shared = a.Actors.Intersect(b.Actors, StringComparer.Ordinal).ToList();
        var sharedAgent = shared.Exists(id => KindOf(id, actors) is ActorKind.Person or ActorKind.Organisation);
        if (!sharedAgent && shared.Count < 2) return false;
        if (OtherDoers(a, b, actors)) return false;
        // "Maersk accused of misleading parliament" is not "Maersk accused of harming seals": a type says what kind of thing was done,
        // not to what; without a time of its own on either side, two typed events are one only when they share a second actor
        // or what was done to it.
        if (weaklyDated && a.Type is { } typed && typed != "other" && shared.Count < 2 && !ShareObject(a, b, strict: true)) return false;
        // "Lars Holm has been summoned for talks with the king", told with no day of its own, is not "the king met Vell yesterday" for the
        // one actor they share: an event the text gave no time can be known as a dated one only by who takes part, so everyone
        // acting in it must act in the dated one too.
        if (IsFallback(a.Date) != IsFallback(b.Date))
        {
            var (undated, dated) = IsFallback(a.Date) ? (a, b) : (b, a);
            if (!Agents(undated, actors).All(dated.Actors.Contains)) return false;
        }

        return !SameArticle(a, b);
    }

    private const int MinRepeatedObjectWords = 2;

    // "Fitch Ratings has downgraded BP" and "Moody's downgraded BP" are two happenings for the company they both acted on: titles
    // naming different doers before the verb, neither of whom takes part in the other event, tell two acts of the same kind.
    private static bool OtherDoers(TimelineEvent a, TimelineEvent b, IReadOnlyDictionary<string, Actor> actors)
    {
        var (doersOfA, doersOfB) = (Doers(a, actors), Doers(b, actors));
        return doersOfA.Count > 0 && doersOfB.Count > 0 && !doersOfA.Exists(b.Actors.Contains) && !doersOfB.Exists(a.Actors.Contains);
    }

    // The event's actors its title names before the trigger, by name or alias ("Fitch Ratings has downgraded BP": Fitch Ratings;
    // "BP's Tony Hayward said": Tony Hayward alone, the possessive names whose he is).
    private static List<string> Doers(TimelineEvent e, IReadOnlyDictionary<string, Actor> actors)
    {
        var (words, at) = TriggerInTitle(e);
        if (at <= 0) return [];
        var before = " " + string.Join(' ', words.Take(at)) + " ";
        return [.. e.Actors.Where(id => actors.TryGetValue(id, out var actor) && actor.Kind is ActorKind.Person or ActorKind.Organisation or ActorKind.Country
            && actor.Aliases.Prepend(actor.Name).Any(name => before.Contains(" " + name + " ", StringComparison.Ordinal)))];
    }

    // The event's trigger is "die" ("died", "has died") right after the title's subject, a name: the one who died.
    private static bool Dies(TimelineEvent e)
    {
        if (e.Sources.Count == 0 || e.Sources[0].Trigger.ToLowerInvariant() is not ("died" or "dies" or "die")) return false;
        var (words, at) = TriggerInTitle(e);
        if (at > 0 && words[at - 1] == "has") at--;
        return at > 0 && words.Take(at).All(w => char.IsUpper(w[0]));
    }

    // Whether what <paramref name="report"/> reports may be what <paramref name="other"/> tells: a report "on or before" a day
    // does not end before the first day the other gives; two such reports always may.
    private static bool NotBefore(EventDate report, EventDate other) =>
        !report.IsReportedOnly() || other.IsReportedOnly() || Range(other) is not { } range || report.End >= range.Start;

    // The title tells its trigger in the present perfect: "has pleaded", "have been charged".
    private static bool StillHolds(TimelineEvent e)
    {
        var (words, at) = TriggerInTitle(e);
        if (at > 0 && words[at - 1] == "been") at--;
        return at > 0 && words[at - 1] is "has" or "have";
    }

    // The title's words and the index of the event's trigger among them (-1 when the title does not show it).
    private static (string[] Words, int At) TriggerInTitle(TimelineEvent e)
    {
        if (e.Sources.Count == 0) return ([], -1);
        var words = e.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words, Array.FindIndex(words, w => string.Equals(w, e.Sources[0].Trigger, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool SameArticle(TimelineEvent a, TimelineEvent b) =>
        a.Sources.Exists(s => b.Sources.Exists(t => string.Equals(s.Article, t.Article, StringComparison.Ordinal)));

    private static IEnumerable<string> Agents(TimelineEvent e, IReadOnlyDictionary<string, Actor> actors) =>
        e.Actors.Where(id => KindOf(id, actors) is ActorKind.Person or ActorKind.Organisation);

    private static ActorKind KindOf(string id, IReadOnlyDictionary<string, Actor> actors) => actors.TryGetValue(id, out var actor) ? actor.Kind : default;

    private static string TypeOf(TimelineEvent e) => e.Type ?? "other";

    private static bool IsUnreal(EventStatus s) => s is EventStatus.Negated or EventStatus.Hypothetical;

    // The same PLOVER type, or for untyped events the same trigger word ("sold" and "sells" share a stem). A trigger with an
    // infinitive after it ("was forced to remove the cap", "was forced to suspend dividends") tells the infinitive's
    // happening: that verb must be the same too.
    private static bool SameKind(TimelineEvent a, TimelineEvent b, bool weaklyDated)
    {
        static string Stem(string word) => word.ToLowerInvariant() is var t && t.Length > 4 ? t[..4] : t;
        if (a.Type is { } ta && b.Type is { } tb && ta != "other" && ta == tb) return true;
        static string Trigger(TimelineEvent e) => e.Sources.Count == 0 ? "" : Stem(e.Sources[0].Trigger);
        return Trigger(a).Length > 0 && Trigger(a) == Trigger(b) && TypeOf(a) == TypeOf(b) && Stem(Infinitive(a)) == Stem(Infinitive(b))
            && (!weaklyDated || ShareObject(a, b));
    }

    // An untyped verb says little alone ("spent $2bn fighting the spill", "spent time with his son"): when a date does not tie
    // the two, what it was done to must share a word too. A title that ends at its verb ("Hayward resigned") has nothing to compare.
    // <paramref name="strict"/>: a title with nothing after its verb shares nothing with one that names what was done.
    private static bool ShareObject(TimelineEvent a, TimelineEvent b, bool strict = false)
    {
        var (wa, wb) = (ObjectWords(a), ObjectWords(b));
        if (wa.Count == 0 || wb.Count == 0) return !strict || wa.Count == wb.Count;
        return wa.Overlaps(wb);
    }

    private static readonly HashSet<string> LightWords = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "about", "over", "their", "them", "they", "this", "that", "these", "those", "than", "more", "most", "some",
        "other", "after", "before", "during", "against", "under", "which", "while", "when", "where", "what", "there", "here", "also",
    };

    private static HashSet<string> ObjectWords(TimelineEvent e)
    {
        var (words, at) = TriggerInTitle(e);
        if (at < 0) return [];
        return [.. words.Skip(at + 1).Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 3 && !LightWords.Contains(w)).Select(w => w.TrimEnd('s')).Select(w => w.Length > 5 ? w[..5] : w)];
    }

    // The verb of "to" right after the trigger in the title, or "".
    private static string Infinitive(TimelineEvent e)
    {
        var (words, at) = TriggerInTitle(e);
        return at >= 0 && at + 2 < words.Length && words[at + 1] == "to" ? words[at + 2] : "";
    }

    private static bool Overlap(EventDate a, EventDate b)
    {
        if (Range(a) is not { } ra || Range(b) is not { } rb) return a.Value == b.Value;
        return ra.Start <= rb.End && rb.Start <= ra.End;
    }

    private static (DateOnly Start, DateOnly End)? Range(EventDate d)
    {
        if (d.Start is null && d.End is null) return null;
        // Reported by a day: the same happening is told within a week of it by the other articles.
        if (d.IsReportedOnly()) return (CalendarEdges.AddDays(d.End!.Value, -ApproximateSlackDays), d.End!.Value);
        var start = d.Start ?? d.End!.Value;
        var end = d.End ?? d.Start!.Value;
        return d.Approximate ? (CalendarEdges.AddDays(start, -ApproximateSlackDays), CalendarEdges.AddDays(end, ApproximateSlackDays)) : (start, end);
    }

    private static TimelineEvent Combine(TimelineEvent kept, TimelineEvent other)
    {
        var best = Better(kept.Date, other.Date) ? kept.Date : other.Date;
        // The other article's words date the event: the date says which article they are in, so that a reader of the first
        // source ("Last week the WHO declared a pandemic") sees where "11 June" comes from.
        if (ReferenceEquals(best, other.Date) && best.Article is null && (best.Text is not null || best.Anchor is not null)
            && other.Sources.Count > 0 && (kept.Sources.Count == 0 || kept.Sources[0].Article != other.Sources[0].Article))
        {
            best = best with { Article = other.Sources[0].Article };
        }

        var all = new[] { kept.Date, other.Date }.Concat(kept.OtherDates).Concat(other.OtherDates).ToList();
        // "Dudley has stepped up his battle" (Tuesday's report) and "Last week, Dudley stepped up his battle" (the next Monday's): what
        // an article reports as done happened on or before its day, so the week the other gives ends there.
        if (all.Where(d => d.IsReportedOnly()).Select(d => d.End!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min() is var reported
            && best is { Relation: DateRelation.On, Planned: false, Start: { } start, End: { } end } && reported >= start && reported < end)
        {
            best = best with { End = reported };
        }

        var dates = all
            .Where(d => d.Value != best.Value)
            .DistinctBy(d => (d.Value, d.Relation, d.Approximate))
            .ToList();
        return kept with
        {
            Date = best,
            OtherDates = dates,
            Actors = [.. kept.Actors.Union(other.Actors, StringComparer.Ordinal)],
            Place = kept.Place ?? other.Place,
            Sources = [.. kept.Sources.Concat(other.Sources).DistinctBy(s => (s.Article, s.TriggerOffset))],
            // Corroboration by another source makes the event surer.
            Confidence = kept.Confidence is { } c ? Math.Round(Math.Min(0.95, Math.Max(c, other.Confidence ?? 0) + 0.05), 2) : null,
        };
    }

    // A date the text gave beats the article-date fallback; then the more precise; then the one not estimated.
    private static bool Better(EventDate a, EventDate b)
    {
        if (IsFallback(a) != IsFallback(b)) return IsFallback(b);
        // Two reports that it had happened: by the first of them.
        if (a.IsReportedOnly() && b.IsReportedOnly() && a.Precision == b.Precision) return a.End <= b.End;
        return a.Precision != b.Precision ? a.Precision > b.Precision : !a.Approximate || b.Approximate;
    }

    private static bool IsFallback(EventDate d) => d.IsReportedOnly() || (d.Approximate && d.Text is null && d.Anchor is null);
}
