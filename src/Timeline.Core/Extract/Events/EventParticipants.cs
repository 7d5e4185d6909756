using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Who takes part in a clause's event and where it happens, read from the actors it names: the actor the verb acts on,
/// a country that is only where it happened ("in Singapore") or a kind of thing ("U.S. states"), and the event's place.
/// Pure.
/// </summary>
public static partial class EventParticipants
{
    // The actor the verb acts on: named right after it, or after one preposition ("warned Iran", "met with the
    // Kenyan president", "accused the United States"), within three words and no comma; not a place.
    public static bool HasDirectTarget(TextSpan clause, List<TextSpan> tokens, IReadOnlyList<string> tags, int verb, List<ResolvedMention> mentions, Dictionary<string, Actor> byId) =>
        mentions.Exists(m =>
        {
            if (m.Mention.IsDemonym || m.Mention.Start < tokens[verb].End || byId[m.ActorId].Kind is ActorKind.Place or ActorKind.NotAnActor) return false;
            // "will examine the White House claims", "studied Maersk data": a name before a noun of its own says whose; the noun is the object.
            if (Attributive(tokens, tags, m.Mention.End)) return false;
            // "died at Aarhus University Hospital": where it happened, not whom it was done to.
            if (Locative(clause, m, byId[m.ActorId])) return false;
            var between = clause.Text[(tokens[verb].End - clause.Start)..(m.Mention.Start - clause.Start)];
            // "died in 1889 and Sarah married": a name past a conjunction belongs to another conjunct, not to the verb.
            var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "apologised for apologising to BP": a name past another verb is that verb's. A participle before a noun is its adjective
            // ("defended outgoing chief executive Tony Hayward").
            var verbBetween = Enumerable.Range(verb + 1, Math.Max(0, tokens.Count - verb - 1))
                .TakeWhile(k => tokens[k].Start < m.Mention.Start).Any(k => tags[k].StartsWith("VB", StringComparison.Ordinal)
                    && !(tags[k] is "VBG" or "VBN" && k + 1 < tokens.Count && (tags[k + 1].StartsWith("NN", StringComparison.Ordinal) || tags[k + 1].StartsWith("JJ", StringComparison.Ordinal))));
            return !between.Contains(',', StringComparison.Ordinal) && words.Length <= 3 && !words.Any(w => w is "and" or "or" or "but") && !verbBetween;
        });

    /// <summary>
    /// The doer a passive clause names in its "by" phrase, wherever the headline stops: "Maersk has been granted an exemption by
    /// the Nordic Council", "was sacked by the board of Maersk". Only the verb's own phrase: no comma, no other clause and at most
    /// <see cref="AgentReach"/> words between the verb and "by"; "by Friday", "by 5%" name no actor.
    /// </summary>
    public static List<string> PassiveAgent(TextSpan clause, List<TextSpan> tokens, IReadOnlyList<string> tags, int verb, List<ResolvedMention> mentions, Dictionary<string, Actor> byId)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(byId);
        var found = new List<string>();
        var verbEnd = tokens[verb].End;
        foreach (var m in mentions)
        {
            if (m.Mention.IsDemonym || m.Mention.Start < verbEnd || byId[m.ActorId].Kind is ActorKind.Place or ActorKind.NotAnActor) continue;
            // "by US politicians", "by Maersk shareholders": a name before a noun of its own only says which ones.
            if (Attributive(tokens, tags, m.Mention.End)) continue;
            var between = clause.Text[Math.Clamp(verbEnd - clause.Start, 0, clause.Text.Length)..Math.Clamp(m.Mention.Start - clause.Start, 0, clause.Text.Length)];
            // "by the board of Maersk", "by investigators from the council": the organs of a body act for it.
            if (AgentRegex().Match(between) is not { Success: true } by || (by.Groups["organ"].Success && !SubjectFinder.ActsFor(by.Groups["organ"].Value))) continue;
            var words = between[..by.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > AgentReach || words.Any(w => ClauseBreaks.Contains(w.TrimEnd(',')) || w.EndsWith(',') || w is ";" or ":" or "--" or "-" or "—")) continue;
            found.Add(m.ActorId);
        }

        return found;
    }

    /// <summary>How many words may stand between a passive verb and the "by" of its doer ("granted an investigational device exemption by").</summary>
    public const int AgentReach = 8;

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "because", "and", "or", "but", "said", "says", "if",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)by\s+(?:the\s+)?(?:(?<organ>[a-z]+)\s+(?:of|from|at)\s+(?:the\s+)?)?$")]
    private static partial System.Text.RegularExpressions.Regex AgentRegex();

    // "opened a plant in Singapore", "drilled in the Gulf of Mexico": a country after a preposition of place is where it
    // happened, not who took part. A firm after "in" is what a stake or money went into ("bought a stake in Fjord Shipping",
    // "invested $2bn in Vell"), a party to the deal; "an office in Vell's headquarters" is still a place, and so is a state or a
    // town that acts as a government elsewhere ("visited refuges in Alabama").
    public static bool Locative(TextSpan clause, ResolvedMention mention, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(mention);
        var before = clause.Text.AsSpan(0, Math.Clamp(mention.Mention.Start - clause.Start, 0, clause.Text.Length));
        var end = mention.Mention.End - clause.Start;
        var possessive = end >= 0 && end < clause.Text.Length && clause.Text[end] is '\'' or '’';
        return LocativeRegex().IsMatch(before) && !(actor is { Kind: ActorKind.Organisation, Country: null } && !possessive && InRegex().IsMatch(before));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bin\s+$")]
    private static partial System.Text.RegularExpressions.Regex InRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in|at|across|throughout|inside|outside)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?)?$")]
    private static partial System.Text.RegularExpressions.Regex LocativeRegex();

    // "the flow of oil into the Gulf of Mexico", "a ban on Gulf of Mexico drilling": a country named after a feature of the map and "of"
    // is a word of the feature's name (the Gulf, the Bay of Bengal), wherever the phrase stands.
    public static bool InFeatureName(TextSpan clause, int mentionStart) =>
        FeatureRegex().IsMatch(clause.Text.AsSpan(0, Math.Clamp(mentionStart - clause.Start, 0, clause.Text.Length)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Gulf|Bay|Sea|Strait|Straits|Isle|Isles|Cape|Lake|Port|Gulf\s+Coast)\s+of\s+(?:the\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex FeatureRegex();

    /// <summary>
    /// "lowered its forecast for Argentina's soybean crop", "raised its estimate of China's oil demand", "cut its outlook for the US":
    /// a noun of foreseeing or estimating takes what it is about after "for", "of" or "on"; a country there is the subject matter of
    /// the figure, not a party to the revision.
    /// </summary>
    public static bool TopicOfEstimate(TextSpan clause, int mentionStart) =>
        EstimateTopicRegex().IsMatch(clause.Text.AsSpan(0, Math.Clamp(mentionStart - clause.Start, 0, clause.Text.Length)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:forecasts?|estimates?|outlooks?|projections?|predictions?|expectations?|guidance)\s+(?:for|of|on)\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EstimateTopicRegex();

    /// <summary>
    /// "knocked out Britain's Ricky Hatton", "a tie against Brazil's Santos": a country's possessive right before another actor's
    /// name says whose that one is, as a nationality does; the one named takes part, not the country.
    /// </summary>
    public static bool QualifiesName(List<TextSpan> tokens, int mentionEnd, List<ResolvedMention> mentions, Dictionary<string, Actor> byId)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(byId);
        var next = tokens.FindIndex(t => t.Start >= mentionEnd);
        if (next < 0 || next + 1 >= tokens.Count || tokens[next].Start != mentionEnd || tokens[next].Text is not ("'s" or "’s")) return false;
        var named = tokens[next + 1].Start;
        return mentions.Exists(o => o.Mention.Start == named && !o.Mention.IsDemonym && byId[o.ActorId].Kind is ActorKind.Person or ActorKind.Organisation);
    }

    // "sent test kits to U.S. states", "the Gulf of Mexico oil spill": a country before a common noun names a kind of
    // thing; only its people or organs ("US officials", "Mexican troops") make it act.
    public static bool Attributive(List<TextSpan> tokens, IReadOnlyList<string> tags, int mentionEnd)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        var next = tokens.FindIndex(t => t.Start >= mentionEnd);
        // "thanked Sweden's residents": a possessive before its private people says whose they are, as "US residents" does.
        var possessive = next >= 0 && tokens[next].Text is "'s" or "’s";
        if (possessive) next = next + 1 < tokens.Count ? next + 1 : -1;
        // "the US civil service", "the Mexico national lottery": adjectives come between the name and the noun it modifies.
        while (next >= 0 && next + 1 < tokens.Count && tags[next] == "JJ" && char.IsLower(tokens[next].Text[0]) && tags[next + 1] is "JJ" or "NN" or "NNS") next++;
        if (next < 0) return false;
        if (PrivatePeople.Contains(tokens[next].Text) && char.IsLower(tokens[next].Text[0])) return true;
        return !possessive && tags[next] is "NN" or "NNS" && char.IsLower(tokens[next].Text[0]) && !SubjectFinder.ActsFor(tokens[next].Text)
            && !TimeUnits.Contains(tokens[next].Text);
    }

    // "urged UK shoppers to buy", "flights for Vell's tourists": people of a country who act for themselves, not for
    // it, whatever tag a rare word gets; its organs ("officials", "troops") act for it.
    private static readonly HashSet<string> PrivatePeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "holidaymakers", "holiday-makers", "tourists", "travellers", "travelers", "visitors", "consumers", "customers", "shoppers",
        "residents", "citizens", "nationals", "people", "public", "fans", "students", "pupils", "families", "children", "parents",
        "passengers", "patients", "voters", "taxpayers", "homeowners", "motorists", "drivers", "investors", "savers", "viewers",
        "readers", "listeners", "households", "expatriates", "expats", "migrants", "immigrants", "refugees", "civilians",
        "holidaymaker", "tourist", "traveller", "traveler", "visitor", "consumer", "customer", "shopper", "resident", "citizen",
        "national", "fan", "student", "family", "passenger", "patient", "voter", "taxpayer", "homeowner", "motorist", "investor",
    };

    // "exported goods to China last year": a unit of time after the name ends the phrase with a time of its own; it is not
    // the noun the name modifies.
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "weekend", "night", "morning", "afternoon", "evening", "quarter",
        "season", "summer", "winter", "spring", "autumn", "fall", "decade", "century", "time", "times",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:[a-z]+ing|and|but|while|whereas|where|which|who|whose)\b")]
    private static partial System.Text.RegularExpressions.Regex OtherClauseAfterComma();

    // Whether a word after the event word (the first of <paramref name="span"/>) opens a clause or a phrase of its own.
    private static bool OpensOtherPhrase(string span) =>
        span.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(w => w.TrimEnd(',', ';', ':')).Any(w => ClauseOpeners.MayOpen(w) || ClauseOpeners.OpensOtherHappening(w));

    // "and suspended", "and then ordered": a second predicate; "to fulfill", "to wind down": an infinitive. "to" before a determiner
    // ("to the summit"), a gerund ("turned to painting"), "record" ("rose to record levels") or "date" ("to date") opens no infinitive.
    [System.Text.RegularExpressions.GeneratedRegex(@"\band\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b|\bto\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|all|both|each|every|any|more|about|record|date)\b)[a-z]+(?<!ing)\b")]
    private static partial System.Text.RegularExpressions.Regex OtherPredicate();

    [System.Text.RegularExpressions.GeneratedRegex(@"\band\s+(?:in|at)$")]
    private static partial System.Text.RegularExpressions.Regex AndFrontedPlace();

    public static string? PlaceOf(string clause, int clauseStart, int triggerOffset, List<ResolvedMention> mentions, Dictionary<string, Actor> byId, string lemma)
    {
        foreach (var m in mentions)
        {
            var kind = byId[m.ActorId].Kind;
            if (m.Mention.IsDemonym || kind is not (ActorKind.Place or ActorKind.Country)) continue;
            var afterIndex = m.Mention.End - clauseStart;
            if (afterIndex < clause.Length && clause[afterIndex] is '\'' or '’') continue; // "Russia's invasion"
            var before = clause[..(m.Mention.Start - clauseStart)].TrimEnd();
            // "made landfall near Atlantic City, flooding streets in New York City", "declared an emergency, and in Mexico, where
            // ...": past a comma after the event word that opens a participle's phrase or another clause, a place is that one's,
            // not the event's. "Obama, struggling with the worst spill in U.S. history, vowed": so is one set off by commas before it.
            var trigger = Math.Clamp(triggerOffset - clauseStart, 0, clause.Length);
            if (m.Mention.Start - clauseStart >= trigger && OtherClauseAfterComma().IsMatch(clause[trigger..(m.Mention.Start - clauseStart)])) break;
            // "returned home on Friday after his victory in Las Vegas", "was hired as he prepared for concerts in London": past a word
            // after the event word that opens a clause or a phrase of its own, a place is that one's, not the event's.
            if (m.Mention.Start - clauseStart > trigger && OpensOtherPhrase(clause[trigger..(m.Mention.Start - clauseStart)])) break;
            // "declared an emergency and in Mexico, where ...": a place put first in a clause joined by "and" is that clause's; one
            // joined to a place of the event ("in Oslo and in Bergen") comes after that place, which is the one taken.
            if (m.Mention.Start - clauseStart > trigger && AndFrontedPlace().IsMatch(before)) break;
            // "blocked permits for new drilling and suspended exploration at two sites in Alaska", "signed a measure to fulfill his plans
            // to wind down the war in Iraq": past a second predicate ("and" and a past form) or an infinitive after the event word, a
            // place is that one's, not the event's.
            if (m.Mention.Start - clauseStart > trigger && OtherPredicate().IsMatch(clause[trigger..(m.Mention.Start - clauseStart)])) break;
            if (m.Mention.End - clauseStart <= trigger && before.Contains(',', StringComparison.Ordinal)
                && clause[(m.Mention.End - clauseStart)..trigger].Contains(',', StringComparison.Ordinal)) continue;
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (word is "in" or "at" or "inside") return m.ActorId;
            if (word == "to" && lemma is "visit" or "trip" or "travel" or "arrive" or "embark") return m.ActorId;
        }

        return null;
    }
}
