using System.Text.RegularExpressions;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Happenings an article dates by name, and the clauses it times by them. News names the happening its story turns on with
/// its day once ("the April 20 explosion", "since his death on 25 June", "last month's vote") and then times other happenings
/// by it: "After the explosion, Maersk sent divers to the wreck", "Since the spill, the firm has sold assets". Such a clause has
/// no time expression of its own, yet "on or before the article date" would hide the bound the text gives. Built once per
/// article from its text and its times. Pure.
/// </summary>
internal sealed partial class DatedHappenings
{
    private readonly List<Named> _named;
    private readonly DateOnly? _published;

    private DatedHappenings(List<Named> named, DateOnly? published) => (_named, _published) = (named, published);

    /// <summary>A happening noun the text dates, where, the proper words that say which one it is, and its date.</summary>
    private sealed record Named(int NounStart, string Noun, IReadOnlyList<string> Qualifiers, EventDate Date);

    /// <summary>
    /// The happenings <paramref name="text"/> dates: a past time between a determiner and a happening noun ("the April 20
    /// explosion", "the 2005 Texas City blast"), a time whose possessive is the noun's ("last month's vote"), or a time after
    /// the noun a temporal preposition brings in ("since the explosion on April 20", "after his death in June 2009").
    /// "Discussed the spill on Monday" is left alone: there the time may be the verb's.
    /// </summary>
    public static DatedHappenings Find(string text, IEnumerable<Timex3> times, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(times);
        var named = new List<Named>();
        foreach (var time in times)
        {
            if (time.Type != "DATE" || AnaphoricTime.IsAnaphoric(time.Text) || time.Start < 0 || time.End > text.Length) continue;
            // "Since the March 3 blowout": the recogniser's "since the March 3" or "the March 3" (with "on or after") is the day
            // itself; the determiner it took in is the noun's.
            var opening = PrepositionRegex().Match(time.Text);
            var from = time.Start + opening.Length;
            var day = opening.Success ? time with { Mod = null } : time;
            if (TimexResolver.Resolve(day, published) is not { Relation: DateRelation.On, Planned: false, Approximate: false, Start: { } start } date
                || date.Precision < DatePrecision.Year || (published is { } writtenOn && start > writtenOn)) continue;
            if (PremodifierRegex().Match(text, time.End) is { Success: true } pre && (DeterminerBefore(text, from) || pre.Groups["own"].Success))
            {
                named.Add(new Named(pre.Groups["noun"].Index, Lemma(pre.Groups["noun"].Value), Qualifiers(pre.Groups["mods"].Value), date with { Text = null }));
                continue;
            }

            // "after a blast on Monday" is some blast, not one the story goes on about; only what a clause is over may be indefinite.
            if (!opening.Success && PostmodifierRegex().Match(text[..time.Start]) is { Success: true } post
                && (!post.Groups["indefinite"].Success || post.Groups["over"].Success))
            {
                named.Add(new Named(post.Groups["noun"].Index, Lemma(post.Groups["noun"].Value), Qualifiers(post.Groups["mods"].Value), date with { Text = null }));
            }
        }

        return new DatedHappenings(named, published);
    }

    /// <summary>
    /// The date a phrase of <paramref name="clause"/> ("after the explosion", "since the April 20 blowout", "before the Texas City
    /// fire") gives the event at <paramref name="triggerOffset"/> by a happening the article dates, or null. The phrase must be
    /// the event's own: opening the clause ("After the explosion, ..."), or after the verb with no other clause opening between.
    /// A bare noun ("the spill") is the story's own happening, so it takes only a happening the article dates within a year of
    /// publication, and only when all such dates agree; a noun with proper words ("the Texas City blast") takes the happening
    /// dated with the same words. A count ("two weeks after the accident") moves the date by what the text gives; that is
    /// <see cref="CountedFromHappening"/>'s, not this.
    /// </summary>
    public EventDate? Anchor(string clause, int clauseStart, int triggerOffset)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (_named.Count == 0) return null;
        var trigger = Math.Clamp(triggerOffset - clauseStart, 0, clause.Length);
        foreach (Match m in PhraseRegex().Matches(clause))
        {
            if (CountBeforeRegex().IsMatch(clause.AsSpan(0, m.Index))) continue;
            var own = m.Index > trigger
                ? !OwnTimeFilter.OpensOtherClause(clause[trigger..m.Index]) && !VerbBetweenRegex().IsMatch(clause[trigger..m.Index])
                : m.Index + m.Length <= trigger && OpeningRegex().IsMatch(clause.AsSpan(0, m.Index)) && clause.AsSpan(m.Index + m.Length, trigger - m.Index - m.Length).Contains(',');
            if (!own) continue;
            var noun = m.Groups["noun"];
            // "fined over a spill from corroded pipes in 2006", "sued over the spill": what a clause is over is its reason, and the
            // reason's time is the reason's; the fine or the suit is the story's own news, which "on or before the article date"
            // bounds, not the years since the spill.
            if (m.Groups["rel"].Value == "over") continue;
            if (m.Groups["indefinite"].Success && !_named.Exists(n => n.NounStart == clauseStart + noun.Index)) continue;
            var date = Resolve(clauseStart + noun.Index, Lemma(noun.Value), Qualifiers(m.Groups["mods"].Value));
            if (date is null) continue;
            var relation = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "before" or "prior to" or "ahead of" => DateRelation.Before,
                _ => DateRelation.After,
            };
            return date with
            {
                Relation = relation,
                Start = relation == DateRelation.Before ? null : date.Start,
                End = relation == DateRelation.After ? null : date.End,
                Text = m.Value,
            };
        }

        return null;
    }

    private EventDate? Resolve(int nounStart, string noun, IReadOnlyList<string> qualifiers)
    {
        // "since the April 20 explosion": the phrase dates its own noun.
        if (_named.Find(n => n.NounStart == nounStart) is { } itself) return itself.Date;
        var recent = _published?.AddYears(-1);
        var candidates = _named.Where(n => n.Noun == noun
            && (qualifiers.Count > 0
                ? qualifiers.All(q => n.Qualifiers.Contains(q, StringComparer.Ordinal))
                : recent is { } from && n.Date.Start >= from)).ToList();
        if (candidates.Count == 0) return null;
        var first = candidates[0].Date;
        return candidates.TrueForAll(c => c.Date.Value == first.Value) ? first : null;
    }

    private static string Lemma(string noun)
    {
        var lower = noun.ToLowerInvariant();
        return lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && lower is not ("talks" or "crisis") ? lower[..^1] : lower;
    }

    // The proper words before the noun that say which happening it is ("Texas City", "Deepwater Horizon"). A phrase with its own
    // day ("since the April 20 blowout") is found by its noun's place before its words are compared.
    private static List<string> Qualifiers(string mods) =>
        [.. mods.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0]))];

    private static bool DeterminerBefore(string text, int start) => DeterminerEndRegex().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"^(?i:(?:since|after|before|until|following)\s+)?(?i:the)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionRegex();

    // Nouns of a happening with a day: an accident, a disaster, an attack, a vote, a death, a deal.
    private const string Nouns = "explosions?|blasts?|blowout|spill|leak|accident|disaster|fire|sinking|crash|collapse|attacks?|bombings?|shooting|"
        + "storm|hurricane|earthquake|quake|tsunami|floods?|outbreak|death|murder|killing|arrest|election|vote|referendum|merger|takeover|"
        + "acquisition|incident|invasion|coup|raid|riots?|summit|visit|funeral|verdict|ruling|launch|resignation|crisis|eruption|derailment|"
        + "collision|massacre|uprising|ceasefire|wedding|inauguration|swearing-in|kidnapping|bankruptcy|meltdown";

    // Up to three words between the determiner (or the time) and the noun that say which one it is ("oil", "Deepwater Horizon",
    // "well"): no function word, no verb in -ed, no comma, so that "the 2009 report blamed the explosion" names no 2009 explosion.
    private const string Mods = @"(?:(?!(?:the|an?|and|or|of|to|in|on|at|by|for|with|from|that|which|who|when|after|before|since|said|says|say|was|were|is|are|be|been|has|had|have|will|would|could|can|may|not)\b)[A-Za-z0-9][\w.-]*(?<!ed)\s+){0,3}?";

    // "the April 20 explosion", "the 2005 Texas City blast", "last month's vote": after the time, up to three words, the noun.
    [GeneratedRegex(@"\G(?<own>'s|’s)?\s+(?<mods>" + Mods + @")(?<noun>" + Nouns + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex PremodifierRegex();

    [GeneratedRegex(@"\b(?:(?i:the|an?|its|his|her|their|this|that)|[A-Z][\w.-]*(?:'s|’s))\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DeterminerEndRegex();

    // "since the explosion on April 20", "after Holm's death in June 2009": a temporal preposition, the noun, "on"/"in"/"of", the time.
    // "fined over a spill from corroded pipes in 2006": what a clause is over, a happening of its own, with a short phrase of
    // where between the noun and its time.
    [GeneratedRegex(@"\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Bb]efore|[Uu]ntil|[Pp]rior\s+to|[Aa]head\s+of|[Ii]n\s+the\s+wake\s+of|(?<over>over))\s+(?:the|his|her|its|their|[A-Z][\w.-]*(?:'s|’s)|(?<indefinite>an?))\s+(?<mods>" + Mods + @")(?<noun>" + Nouns + @")(?:\s+(?:from|at|off|near)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?)?\s+(?:on|in|of)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PostmodifierRegex();

    /// <summary>
    /// Whether <paramref name="before"/> ends on what a clause is over, a happening with its own time to come: "was fined over a
    /// spill from corroded pipes in ", "sued over the blast at the refinery on ". The time dates that happening, not the clause.
    /// </summary>
    public static bool ClosesReasonPhrase(string before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return PostmodifierRegex().Match(before) is { Success: true } m && m.Groups["over"].Success;
    }

    // The phrase that times a clause by a happening: "after the explosion", "since his death", "in the wake of the spill".
    [GeneratedRegex(@"\b(?<rel>[Aa]fter|[Ss]ince|[Ff]ollowing|[Ii]n\s+the\s+wake\s+of|[Bb]efore|[Pp]rior\s+to|[Aa]head\s+of|over)\s+(?:the|his|her|its|their|[A-Z][\w.-]*(?:'s|’s)|(?<indefinite>an?))\s+(?<mods>" + Mods + @")(?<noun>" + Nouns + @")\b(?!['’]s)", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();

    // "two weeks after", "hours before", "the day after": a count from the happening.
    [GeneratedRegex(@"\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountBeforeRegex();

    // What may stand before a fronted phrase: a quotation mark, "Shortly", "Just", "Even", "And".
    [GeneratedRegex(@"^[\s""“‘']*(?:(?:[Ss]hortly|[Jj]ust|[Ee]ven|[Ii]mmediately|[Ss]oon|[Rr]ight|[Ll]ong|[Aa]nd|[Bb]ut)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningRegex();

    // A verb in -ing or a participle after a comma, between the event's verb and the phrase, has its own time ("closed the
    // plant, citing losses since the spill").
    [GeneratedRegex(@",\s+\w+ing\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbBetweenRegex();
}
