using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Finds who acts in a clause: the head of the noun phrase before the verb group, when it names an actor
/// ("BP's chief executive Tony Hayward", "Ed Markey, chairman of ..., has"), a pronoun the text resolves,
/// an event named earlier ("The visit included talks") or "both sides". Anything else (a common noun,
/// "officials", an unresolved "it") gives no subject: the clause is not told as an event. Pure.
/// </summary>
public sealed class SubjectFinder(TriggerLexicon lexicon)
{
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sides", "countries", "nations", "leaders", "men", "women", "companies", "governments", "parties", "ministers", "presidents",
    };

    public EventSubject? Find(List<TextSpan> tokens, IReadOnlyList<string> tags, int regionStart, int verbStart,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, SubjectContext context, Func<int, bool>? inTime = null)
    {
        var startsWithTime = inTime ?? (static _ => false);
        var end = verbStart;
        // "BP engineers today began": adverbs and time words between the subject and its verb are not the subject; nor is
        // the preposition that opens such a time, as wire copy places the day: "Microsoft on Friday signed", "Iran in
        // March agreed", "the rebels at noon Thursday broke off".
        while (end > regionStart && (tags[end - 1].StartsWith("RB", StringComparison.Ordinal) || startsWithTime(end - 1)
            || (end < verbStart && startsWithTime(end) && TimePhrase.Opens(tokens[end - 1].Text)))) end--;
        if (end <= regionStart) return null;

        // A leading adverbial set off by a comma ("In London, ...", "Prior to the visit, ...") is not the subject, nor is a
        // leading time phrase.
        var start = regionStart;
        if (IsAdverbialOpener(tokens[start].Text, tags[start]) || startsWithTime(start))
        {
            var comma = IndexOf(tokens, ",", start, end);
            if (comma >= 0) start = comma + 1;
            else
            {
                // "Today BP announced", "On Monday BP agreed", "said yesterday it would": a time phrase needs no comma.
                var k = TimePhrase.Skip(start, end, j => tokens[j].Text, startsWithTime);
                if (k == start) return null;
                start = k;
            }
        }

        if (start >= end) return null;
        // "Saddam Hussein appeared on television on Monday and urged Iraqis to fight": a verb right after "and" whose clause has
        // no subject of its own shares the subject of the predicate before it. Only where no verb stands before the clause, as one
        // would where a reported clause begins ("said the bank was insolvent and urged calm" is two speakers' words), and only
        // past a predicate of one finite verb in the past or the perfect: a second one ("realized there was confusion and
        // decided") or a form of "be" ("is required to pay for losses and lost earnings") may end in a noun phrase instead.
        if (SharedSubjectVerb(tokens, tags, start, end, verbStart) is var first and > 0)
        {
            // "A court in Milan yesterday convicted Holm of fraud and sentenced him to four years": unnamed agents of the law share
            // theirs as a name does.
            var shared = Find(tokens, tags, regionStart, first, mentions, actors, context, inTime);
            return shared is { Kind: SubjectKind.Named or SubjectKind.Authority } ? shared : null;
        }

        if (end - start == 1 && Pronoun(tokens[start].Text, actors, context) is { } pronoun)
        {
            return pronoun with { Token = start };
        }

        // "Airbus said its A350 would fly in 2012": the product of the firm "its" stands for.
        if (end - start >= 2 && tokens[start].Text is "its" or "Its" && MakersProduct.Read(tokens, start + 1, end) is { } product
            && Pronoun("it", actors, context) is { ActorIds: [{ } maker] } owner && actors[maker].Kind == ActorKind.Organisation)
        {
            return owner with { Display = $"{actors[maker].Name}'s {product}", Token = start };
        }

        return Named(tokens, tags, start, end, mentions, actors) ?? Anaphor(tokens, tags, start, end, context)
            ?? Organisation(tokens, tags, start, end, context, mentions, actors) ?? NameHeadAnaphor.Find(tokens, tags, start, end, context, actors)
            ?? Common(tokens, tags, start, end, mentions, actors);
    }

    // A legislature, a ministry or a court is an organisation, never "the company" or "the firm".
    private static readonly HashSet<string> PublicBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "House", "Senate", "Congress", "Parliament", "Assembly", "Ministry", "Department", "Agency", "Commission", "Committee", "Court",
        "Council", "Administration", "Office", "Government", "Cabinet", "Service", "Authority", "Police", "Army", "Navy", "Guard",
    };

    // "The company", "the firm": the company the text named last, in this sentence (its speaker too: "Doug Suttles, BP's
    // chief operating officer, says the company ...") or the one before.
    private static EventSubject? Organisation(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end, SubjectContext context,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        // "the company", "the British oil company": a definite phrase headed by a company noun, adjectives allowed.
        if (end - start is < 2 or > 5 || !tokens[start].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var heads = FirmNouns.Heads(tokens.Select(t => t.Text).ToList(), end - 1);
        // "the Japanese firm", "the Italian carmaker": a nationality in the phrase says which firm, by how the article introduced it.
        var country = mentions.FirstOrDefault(m => m.Mention.IsDemonym && m.Mention.Start >= tokens[start].Start && m.Mention.End <= tokens[end - 1].Start
            && actors[m.ActorId].Kind == ActorKind.Country)?.ActorId;
        if (!heads && !(country is not null && FirmNationality.IsTrade(tokens[end - 1].Text))) return null;
        if (tokens.Skip(start + 1).Take(end - start - 2).Any(t => !t.Text.All(char.IsLetter) && t.Text != "-")) return null;
        // "The new company will invest", "the merged firm": a company formed or to be formed is not one the text named before.
        if (tokens.Skip(start + 1).Take(end - start - 2).Any(t => FirmNouns.SaysNewlyFormed(t.Text))) return null;
        if (country is not null && FirmNationality.Meant(country, context.FirmNationalities) is { } introduced)
            return new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [introduced], Display = actors[introduced].Name, Token = start };
        if (!heads) return null;
        // Not the one a spokesman spoke to: "A BP spokesman told Reuters that the company had siphoned off ...".
        var inClause = mentions.Where(m => m.Mention.Start < tokens[start].Start && !m.Mention.IsDemonym && actors[m.ActorId].Kind == ActorKind.Organisation
                && !Listener(tokens, m.Mention.Start))
            .OrderBy(m => m.Mention.Start).Select(m => m.ActorId);
        var id = (FirmNouns.IsPlain(tokens[end - 1].Text) ? SpeakersFirm(tokens, tags, start, mentions, actors) : null) ?? FirmMeant(tokens[end - 1].Text, context, inClause, actors);
        // "the Japanese firm" is no firm the article introduced as American.
        if (id is not null && country is not null && context.FirmNationalities.TryGetValue(id, out var other) && other != country) return null;
        return id is null ? null : new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [id], Display = actors[id].Name, Token = start };
    }

    // Nouns of the kind of body a name names, which may follow the name as its apposition: "the UAW union", "the Labour party". Not
    // the nouns a body's name qualifies as its part or as its country's: "the United Nations agency" is the WHO, "the UK company" BP.
    private static readonly HashSet<string> BodyKindNouns = new(StringComparer.Ordinal) { "union", "party", "movement" };

    // The words after a firm's name that make it the speaker's: "Airbus chief executive Tom Enders", "a BP spokesman".
    private static readonly HashSet<string> StaffWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "'s", "’s", "chief", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "spokesperson", "executive", "executives",
        "director", "head", "boss", "official", "officials", "CEO", "founder", "vice", "managing", "general", "senior",
    };

    // "Airbus chief executive Tom Enders said the company would raise output": the firm of the one who speaks, named in the
    // speaker's phrase before the first verb, is the company the speaker means, whichever firm the story is about. A firm named
    // with "at" or "of" ("analysts at Citi said the company") is where the speaker works, not the company spoken of.
    private static string? SpeakersFirm(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var firstVerb = Enumerable.Range(0, start).FirstOrDefault(k => tags[k].StartsWith("VB", StringComparison.Ordinal) || tags[k] == "MD", -1);
        if (firstVerb < 0) return null;
        var firms = mentions.Where(m => m.Mention.End <= tokens[firstVerb].Start && !m.Mention.IsDemonym && actors[m.ActorId].Kind == ActorKind.Organisation
                && !IsPublicBody(actors[m.ActorId].Name) && !NotFirm(actors[m.ActorId].Name))
            .Select(m => (m.ActorId, Next: tokens.FindIndex(t => t.Start >= m.Mention.End)))
            .Where(f => f.Next > 0 && f.Next < firstVerb && StaffWords.Contains(tokens[f.Next].Text))
            .Select(f => f.ActorId).Distinct(StringComparer.Ordinal).ToList();
        return firms.Count == 1 ? firms[0] : null;
    }

    // "World Health Organization", "European Union", "Nordic Institute": bodies that no one calls "the company".
    private static bool NotFirm(string name) => name.Split(' ')[^1] is "Organization" or "Organisation" or "Union" or "Nations" or "Association"
        or "Institute" or "Foundation" or "Center" or "Centre" or "Centers" or "Party" or "University" or "Federation" or "Alliance" or "Fund";

    /// <summary>
    /// The firm an article is about: the organisation, other than a public body or a body no one calls a company, it names most often, at least twice and more
    /// often than any other; null when the article is about several ("GM and Chrysler", a market report) or none.
    /// </summary>
    public static string? StoryFirm(IEnumerable<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var counts = mentions.Where(m => !m.Mention.IsDemonym && actors[m.ActorId].Kind == ActorKind.Organisation && !IsPublicBody(actors[m.ActorId].Name)
                && !NotFirm(actors[m.ActorId].Name))
            .GroupBy(m => m.ActorId, StringComparer.Ordinal).Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        return counts.Count > 0 && counts[0].Count >= 2 && (counts.Count == 1 || counts[1].Count < counts[0].Count) ? counts[0].Id : null;
    }

    /// <summary>
    /// "The White House ordered the company to pay": "the company" or "the (oil) firm" in the title after the verb is, as before it,
    /// the company the text named last, in this sentence before <paramref name="from"/> or earlier, else the firm the article is
    /// about; null when the title has no such phrase or the text named none.
    /// </summary>
    internal static string? CompanyInTitle(List<TextSpan> tokens, IReadOnlyList<string> tags, int from, int end, SubjectContext context,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var words = tokens.Select(t => t.Text).ToList();
        for (var k = from; k < end; k++)
        {
            if (!tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            var j = k + 1;
            while (j < end && j - k <= 3 && tags[j] is "JJ" or "NN" && !FirmNouns.Heads(words, j)) j++;
            if (j >= end || !FirmNouns.Heads(words, j) || tags[j] is not ("NN" or "JJ")) continue;
            // "the company's shares" names the company too; "the company town" is not it, and "the oil company Amoco" names its own.
            if (j + 1 < tokens.Count && tags[j + 1] is "NN" or "NNS" or "NNP" or "NNPS") continue;
            var inClause = mentions.Where(m => m.Mention.Start < tokens[from].Start && !m.Mention.IsDemonym && actors[m.ActorId].Kind == ActorKind.Organisation)
                .OrderBy(m => m.Mention.Start).Select(m => m.ActorId);
            // "Obama wrung an agreement from the oil company ... after a meeting with BP executives": where nothing before names a
            // firm, the one firm the rest of the sentence names is the one the writer had in mind.
            if (FirmMeant(words[j], context, inClause, actors) is { } meant) return meant;
            var after = mentions.Where(m => m.Mention.Start > tokens[j].Start && !m.Mention.IsDemonym && actors[m.ActorId].Kind == ActorKind.Organisation
                && !IsPublicBody(actors[m.ActorId].Name)).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).Take(2).ToList();
            return after.Count == 1 ? after[0] : null;
        }

        return null;
    }

    // The firm a definite phrase headed by head stands for. "The company" is the firm the text named last, in the clause's words
    // before it (inClause) or the sentences before, unless the firm the whole article is about was named there too: a story calls
    // its own firm "the company", and another named since is mostly a party to what it did ("BP said in a statement to the London
    // Stock Exchange. The administration called on the company to pay"). Where neither names one, the firm the article is about
    // ("Fritz Henderson told reporters that the company would emerge"). "The oil giant" is the writer's other name for the firm
    // the story is about, whichever body was named last.
    private static string? FirmMeant(string head, SubjectContext context, IEnumerable<string> inClause, IReadOnlyDictionary<string, Actor> actors)
    {
        if (!FirmNouns.IsPlain(head)) return context.StoryFirm;
        var named = context.RecentOrganisations.Concat(inClause).Where(o => !IsPublicBody(actors[o].Name)).ToList();
        return context.StoryFirm is { } story && named.Contains(story) ? story : named.LastOrDefault() ?? context.StoryFirm;
    }

    // "Senate", "Interior Department", "Department of Justice", "U.S. Court of Appeals": the body's word ends the name or
    // comes before its "of".
    private static bool IsPublicBody(string name)
    {
        var words = name.Split(' ');
        return PublicBodies.Contains(words[^1]) || Enumerable.Range(0, words.Length - 1).Any(k => words[k + 1] == "of" && PublicBodies.Contains(words[k]));
    }

    private static bool Listener(List<TextSpan> tokens, int mentionStart)
    {
        var k = tokens.FindIndex(t => t.Start >= mentionStart);
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (tokens[j].Text.ToLowerInvariant() is "told" or "tell" or "tells" or "telling" or "to") return true;
            if (!tokens[j].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    // "Leaders of twelve nations", "The Nordic summit", "Chinese officials": a plain noun phrase, capitalised or
    // determined, with no verb or clause inside; the actors it names (BP in "BP engineers") take part.
    private static EventSubject? Common(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        if (end - start <= 12 && tags[end - 1] is "NNP" or "NNPS" && SentFrom(tokens, tags, start, end, mentions, actors) is { } sent) return sent;
        if (end - start <= 12 && LocatedAuthority(tokens, tags, start, end, mentions, actors) is { } located) return located;
        if (end - start is < 1 or > 7) return null;
        if (!(tags[end - 1] is "NN" or "NNS" or "NNP" or "NNPS")) return null;
        var first = tokens[start].Text;
        if (!(tags[start] is "DT" or "JJ" or "CD" or "NNS" or "NNP" or "NNPS" or "NN") || first is "It" or "This" or "That" or "There" or "Some" or "Many" or "Most" or "Few" or "All" or "Each" or "Every" or "Any" or "No" or "Another" or "Other") return null;
        if (tags[start] == "DT" && !(first.ToLowerInvariant() is "the" or "a" or "an")) return null;
        for (var k = start; k < end; k++)
        {
            var ok = (tags[k] == "DT" && k == start) || tags[k] is "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" || (tags[k] == "IN" && tokens[k].Text == "of" && k > start && k < end - 1);
            if (!ok || tokens[k].Text.Any(c => c is '"' or '“' or '”')) return null;
        }

        var from = tokens[start].Start;
        var to = tokens[end - 1].Start + tokens[end - 1].Length;
        var head = tokens[end - 1];
        // "116 Danish soldiers": a count before the head numbers people, it does not name the state acting.
        var counted = Enumerable.Range(start, end - start).Any(k => tags[k] == "CD");
        // "Mexican officials", "Danish police": a demonym before an organ of the state is its country acting; "Danish workers"
        // are people of that country, not the state.
        var named = mentions.Where(m => m.Mention.Start >= from && m.Mention.End <= to && actors[m.ActorId].Kind is not (ActorKind.Place or ActorKind.NotAnActor)
                && (m.Mention.IsDemonym ? actors[m.ActorId].Kind == ActorKind.Country && m.Mention.End <= head.Start && (StateOrgans.Contains(head.Text) || IsCentralBank(tokens, end - 1)) && !counted
                    : m.Mention.End > head.Start || ActsFor(head.Text) || (IsCentralBank(tokens, end - 1) && actors[m.ActorId].Kind == ActorKind.Country)))
            .Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        var display = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ’s", "’s", StringComparison.Ordinal);
        // "the US president", "the Mexican foreign minister": one person acts, not the country; the one the article names
        // with that role for that country, else nobody the timeline can follow.
        if (PersonRoles.Contains(head.Text) && named.Find(id => actors[id].Kind == ActorKind.Country) is { } country)
        {
            var holders = actors.Values.Where(a => a.Kind == ActorKind.Person && a.Role is { } r && r.EndsWith(head.Text, StringComparison.OrdinalIgnoreCase)
                && string.Equals(a.Country, actors[country].Name, StringComparison.Ordinal)).ToList();
            if (holders.Count == 1) return new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [holders[0].Id], Display = holders[0].Name, Token = start };
            named.Remove(country);
        }

        // "Ma's government", "Berg's administration": a leader's government acts, not the leader: the state the article says
        // the leader serves. With no such state known, the leader is the nearest entry a reader can follow.
        if (Governments.Contains(head.Text))
        {
            named = [.. named.Select(id => actors[id].Kind != ActorKind.Person ? id
                : actors.Values.FirstOrDefault(a => a.Kind == ActorKind.Country && string.Equals(a.Name, actors[id].Country, StringComparison.Ordinal))?.Id ?? id)
                .Distinct(StringComparer.Ordinal)];
        }

        // "The prime minister flew to Aarhus": the one person the article names with that office.
        if (named.Count == 0 && RoleHolder.Find([.. tokens.Select(t => t.Text)], start, end, actors) is { } holder)
            return new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [holder], Display = actors[holder].Name, Token = start };

        // "A magnitude 7.0 earthquake", "A car bomb": a disaster or an attack that no one is named for; the places it struck take part.
        if (named.Count == 0 && Hazard.Heads(tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList(), tags.Skip(start).Take(end - start).ToList()))
            return new EventSubject { Kind = SubjectKind.Hazard, ActorIds = [], Display = display, Token = start };

        // "Tokyo prosecutors arrested Ghosn", "A federal judge ordered Vell to pay": the state's or the law's agents, unnamed, acting on
        // someone; whom they act on is whom a reader follows, so the clause keeps the happening only where it names them (EventExtractor).
        if (named.Count == 0 && Enforcers.Contains(head.Text) && !counted) return new EventSubject { Kind = SubjectKind.Authority, ActorIds = [], Display = display, Token = start };

        // A phrase that names no actor ("Scientists", "The rate") leaves the happening without anyone to follow.
        return named.Count == 0 ? null : new EventSubject { Kind = SubjectKind.Common, ActorIds = named, Display = display, Token = start };
    }

    // "Rescue teams from France, China and Iceland arrived", "Officials from Mexico met": the state's organs or teams sent from the
    // countries named after "from" act for those countries. Only countries, joined by commas and "and", end the phrase;
    // "Tourists from Britain" are people of a country, not its state.
    private static EventSubject? SentFrom(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var at = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => tokens[k].Text == "from", -1);
        if (at < 0 || !(StateOrgans.Contains(tokens[at - 1].Text) || SentTeams.Contains(tokens[at - 1].Text)) || (at - 1 > start && !char.IsLower(tokens[at - 1].Text[0]))) return null;
        // The sentence's first word is capitalised whatever it is ("Rescue/NNP teams").
        for (var k = start; k < at; k++)
        {
            if (!(tags[k] is "JJ" or "NN" or "NNS" or "CD" || (k == start && (tags[k] is "NNP" or "NNPS" || tokens[k].Text.ToLowerInvariant() is "the" or "a" or "an")))) return null;
        }

        if (JoinedNames(tokens, at + 1, end, mentions, actors, kind => kind == ActorKind.Country, andJoins: true) is not { Count: > 0 } named) return null;
        var countries = named.ConvertAll(n => n.Id);
        var display = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace(" ,", ",", StringComparison.Ordinal);
        display = char.ToUpperInvariant(display[0]) + display[1..];
        return new EventSubject { Kind = SubjectKind.Common, ActorIds = [.. countries.Distinct(StringComparer.Ordinal)], Display = display, Token = start };
    }

    // "A judge in Pretoria, South Africa, sentenced Holm", "Police in Aarhus arrested Holm": unnamed agents of the law with the
    // place where they serve after "in"; only places, joined by commas, may follow. They act as the agents alone do, and the title
    // names them with the first place ("A judge in Pretoria").
    private static EventSubject? LocatedAuthority(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var at = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => tokens[k].Text == "in", -1);
        if (at < 0 || Common(tokens, tags, start, at, mentions, actors) is not { Kind: SubjectKind.Authority } agents) return null;
        if (JoinedNames(tokens, at + 1, end, mentions, actors, kind => kind is ActorKind.Place or ActorKind.Country, andJoins: false) is not [var first, ..]) return null;
        return agents with { Display = string.Join(' ', tokens.Skip(start).Take(first.After - start).Select(t => t.Text)) };
    }

    // The actors of a kind named one after another from `from` to `end`, each with the token after its name, joined by commas (and
    // by "and" or ", and" where andJoins): "France, China and Iceland", "Pretoria, South Africa"; null where anything else stands.
    private static List<(string Id, int After)>? JoinedNames(List<TextSpan> tokens, int from, int end, IReadOnlyList<ResolvedMention> mentions,
        IReadOnlyDictionary<string, Actor> actors, Func<ActorKind, bool> kind, bool andJoins)
    {
        var names = new List<(string Id, int After)>();
        for (var k = from; k < end;)
        {
            var m = mentions.FirstOrDefault(o => o.Mention.Start == tokens[k].Start && !o.Mention.IsDemonym && kind(actors[o.ActorId].Kind));
            if (m is null) return null;
            k = tokens.FindIndex(k, t => t.Start >= m.Mention.End);
            names.Add((m.ActorId, k < 0 ? tokens.Count : k));
            if (k < 0 || k >= end) break;
            if (tokens[k].Text != "," && !(andJoins && tokens[k].Text == "and")) return null;
            k++;
            if (andJoins && k < end && tokens[k].Text == "and") k++;
        }

        return names;
    }

    // Teams a country sends: "rescue teams from France", "experts from Japan".
    private static readonly HashSet<string> SentTeams = new(StringComparer.OrdinalIgnoreCase) { "teams", "team", "experts", "specialists", "doctors", "medics", "firefighters", "rescuers", "peacekeepers" };

    // Who arrests, charges, tries, raids or fines by office: "police", "prosecutors", "a judge". "Officials" and "experts" act on no one by office.
    private static readonly HashSet<string> Enforcers = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "prosecutors", "prosecutor", "investigators", "detectives", "authorities", "regulators", "inspectors", "troops", "soldiers",
        "judge", "court", "jury",
    };

    private static readonly HashSet<string> Governments = new(StringComparer.OrdinalIgnoreCase) { "government", "administration", "cabinet", "regime" };

    // One person holding an office: a country before it does not act itself.
    private static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "leader", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "premier",
        "chancellor", "secretary", "king", "queen", "prince", "governor", "mayor",
    };

    // "Turkey's central bank", "the Brazilian central bank": a state's monetary authority, which acts for it as its ministries do; a
    // country's bank of any other kind ("a Turkish bank", "Britain's biggest bank") is a firm of its own.
    private static bool IsCentralBank(List<TextSpan> tokens, int head) =>
        tokens[head].Text.Equals("bank", StringComparison.Ordinal) && head > 0 && tokens[head - 1].Text.Equals("central", StringComparison.Ordinal);

    // A name before the head acts through it only when the head is its people or organs: "BP engineers", "US officials",
    // "Mexico's government". "US media", "Obama's commission", "Mexico's peso" are actors or things of their own.
    internal static bool ActsFor(string head) => Representatives.Contains(head);

    private static readonly HashSet<string> Representatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "government", "governments", "authorities", "administration", "forces", "troops", "military", "army", "navy",
        "police", "diplomat", "diplomats", "envoy", "ambassador", "negotiators", "delegation", "delegates", "representatives", "leader", "leaders",
        "president", "minister", "ministers", "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "chief", "chairman",
        "management", "managers", "board", "engineers", "workers", "employees", "staff", "lawyers", "attorneys", "scientists", "investigators",
        "inspectors", "regulators", "crews", "team", "officers", "prosecutors", "researchers", "officer", "worker", "employee", "engineer",
        "lawyer", "attorney", "scientist", "investigator", "inspector", "crew", "researcher", "prosecutor", "agent", "agents", "soldiers",
        "teams", "units", "unit", "divers", "pilots", "fighters", "militants", "guerrillas", "parliament", "legislature", "lawmakers", "legislators",
        // Armed forces' craft act for those who fly or sail them: "NATO warplanes bombed".
        "warplanes", "jets", "aircraft", "planes", "helicopters", "gunships", "warships", "drones", "tanks",
    };

    /// <summary>
    /// Whether the demonym that ends at <paramref name="mentionEnd"/> names its state: an organ of the state follows it, one
    /// lowercase adjective allowed between ("the Egyptian government", "the Danish ambassador", "Syrian government forces"), and no
    /// count stands before it ("116 Danish soldiers" numbers people).
    /// </summary>
    internal static bool NamesState(List<TextSpan> tokens, IReadOnlyList<string> tags, int mentionEnd)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        var next = tokens.FindIndex(t => t.Start >= mentionEnd);
        if (next < 0) return false;
        var own = tokens.FindLastIndex(next - 1, t => t.Start < mentionEnd);
        if (own >= 1 && tags[own - 1] == "CD" || own >= 2 && tags[own - 2] == "CD" && tags[own - 1] == "JJ") return false;
        if (next + 1 < tokens.Count && tags[next] == "JJ" && char.IsLower(tokens[next].Text[0]) && !StateOrgans.Contains(tokens[next].Text)) next++;
        return (StateOrgans.Contains(tokens[next].Text) || IsCentralBank(tokens, next)) && char.IsLower(tokens[next].Text[0]) && (next + 1 >= tokens.Count || tokens[next + 1].Text is not ("'s" or "’s"));
    }

    // The organs a state acts through; a country's demonym before them names the state ("Chilean troops", "French authorities").
    private static readonly HashSet<string> StateOrgans = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "government", "authorities", "administration", "forces", "troops", "military", "army", "navy", "police",
        "diplomat", "diplomats", "envoy", "ambassador", "negotiators", "delegation", "ministers", "prosecutors", "investigators",
        "inspectors", "regulators", "soldiers", "warplanes", "warships", "coastguard", "ministry", "embassy",
        "jets", "helicopters", "gunships", "drones", "tanks", "parliament", "legislature", "lawmakers", "legislators",
    };

    private EventSubject? Named(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var from = tokens[start].Start;
        var to = tokens[end - 1].Start + tokens[end - 1].Length;
        foreach (var m in mentions.Where(m => m.Mention.Start >= from && m.Mention.End <= to).OrderBy(m => m.Mention.Start))
        {
            var actor = actors[m.ActorId];
            if (m.Mention.IsDemonym || actor.Kind is ActorKind.Place or ActorKind.NotAnActor) continue;
            var first = tokens.FindIndex(t => t.Start >= m.Mention.Start);
            var last = tokens.FindLastIndex(t => t.Start < m.Mention.End);
            if (first < start || last < first) continue;

            // The phrase before the name holds only titles and modifiers: "Iowa Senator", "BP's chief executive".
            var before = Enumerable.Range(start, first - start).ToList();
            // "Israel's prime minister, Benjamin Netanyahu, urged": a person's name set off by commas right after the noun phrase of
            // the role they fill is that phrase's holder, and the subject.
            if (actor.Kind == ActorKind.Person && RoleBeforeName(tokens, tags, start, first, last, end))
                return new EventSubject { Kind = SubjectKind.Named, ActorIds = [m.ActorId], Display = actor.Name, Token = first };
            // "Secretary of State Hillary Clinton", "Minister of Defence Ida Berg": the "of" of the title the name was read with is
            // part of that title.
            var titled = m.Mention.Role is { } role && role.Contains(" of ", StringComparison.OrdinalIgnoreCase);
            // A preposition, a verb or a relative word before the name: it is not the head of the clause's subject.
            if (before.Exists(k => (tags[k] is "IN" or "TO" or "," or "CC" or "WDT" or "WP" or "WP$" or ":" or "PRP" && !(titled && tokens[k].Text == "of")) || tags[k].StartsWith("VB", StringComparison.Ordinal)
                || tokens[k].Text is "-" or "--" or "—" or "–")) return null;

            // The name heads the phrase: the verb follows, or an appositive or parenthesis closed just before it.
            var next = last + 1;
            // "Moody's has cut", "McDonald's will close": a name that ends in "'s" keeps it; it is no possessive of the name.
            if (next < end && tokens[next].Text is "'s" or "’s" && actor.Name.EndsWith(tokens[next].Text, StringComparison.Ordinal) && next + 1 == end) next++;
            // "Boeing's 787 Dreamliner took off": the maker of a product named by its model number acts through it.
            if (next < end && tokens[next].Text is "'s" or "’s" && actor.Kind == ActorKind.Organisation && MakersProduct.Read(tokens, next + 1, end) is { } product
                && !mentions.Any(o => o.Mention.Start > m.Mention.Start && o.Mention.Start < to && !o.Mention.IsDemonym))
                return new EventSubject { Kind = SubjectKind.Named, ActorIds = [m.ActorId], Display = $"{actor.Name}'s {product}", Token = first };
            // "An Asiana Airlines Boeing 777 crashed", "a Qantas A380 landed": the operator of a craft named by its maker and model
            // number flies it, and is the actor; the maker's name in the phrase only says which craft.
            if (next < end && actor.Kind == ActorKind.Organisation && before.TrueForAll(k => tags[k] == "DT") && MakersProduct.Read(tokens, next, end) is { } craft)
                return new EventSubject { Kind = SubjectKind.Named, ActorIds = [m.ActorId], Display = $"{actor.Name} {craft}", Token = first };
            // "The United Auto Workers union ended its strike", "the Fatah movement": a noun of the body's own kind after its name is
            // the name's apposition, not a head of its own ("BP engineers", "the Toyota recall" are).
            if (next == end - 1 && actor.Kind == ActorKind.Organisation && BodyKindNouns.Contains(tokens[next].Text) && m.Mention.Text.Length > 2 && !mentions.Any(o => o != m && o.Mention.Start >= from && o.Mention.End <= to && !o.Mention.IsDemonym))
                return new EventSubject { Kind = SubjectKind.Named, ActorIds = [m.ActorId], Display = actor.Name, Token = first };
            // "BP's chief executive ...", "BP spokesman John Smith": the name modifies the head that follows.
            if (next < end && (tokens[next].Text is "'s" or "’s" || tags[next].StartsWith("NN", StringComparison.Ordinal) || tags[next] is "JJ" or "CD")) continue;
            // "Russia and Ukraine signed", "BP, Transocean and Halliburton have agreed": names joined by "and" act together.
            if (next < end && CoordinatedNames.Read(tokens, next, end, mentions, id => actors[id].Kind is not (ActorKind.Place or ActorKind.NotAnActor)) is { } others)
            {
                List<string> ids = [.. new[] { m.ActorId }.Concat(others).Distinct(StringComparer.Ordinal)];
                if (ids.Count < 2) return null;
                var names = ids.Select(id => actors[id].Name).ToList();
                var display = string.Join(", ", names[..^1]) + " and " + names[^1];
                return new EventSubject { Kind = SubjectKind.Named, ActorIds = ids, Display = display, Token = first };
            }

            if (next < end && !Appositive(tokens, tags, next, end) && !(actor.Kind == ActorKind.Person && Affiliation(tokens, tags, next, end, mentions, actors))) return null;
            // "Alex Salmond, the Scottish secretary, and Nicola Sturgeon, the health secretary, were joined": an "and" before
            // another name inside the commas joins a second subject; one of them alone would not be what the text says.
            if (Enumerable.Range(next, end - next).Any(k => tokens[k].Text == "and" && k + 1 < end
                && mentions.Any(o => o.Mention.Start == tokens[k + 1].Start && !o.Mention.IsDemonym))) return null;
            return new EventSubject { Kind = SubjectKind.Named, ActorIds = [m.ActorId], Display = actor.Name, Token = first };
        }

        return null;
    }

    // The finite verb of the predicate that shares its subject with the verb after "and" at end - 1, or -1.
    private static int SharedSubjectVerb(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end, int verbStart)
    {
        if (end - start < 3 || !tokens[end - 1].Text.Equals("and", StringComparison.OrdinalIgnoreCase)) return -1;
        // Only adverbs between "and" and the verb ("and then urged"); a time there ("and the week is") is the clause's subject.
        if (Enumerable.Range(end, verbStart - end).Any(k => !tags[k].StartsWith("RB", StringComparison.Ordinal))) return -1;
        if (Enumerable.Range(0, start).Any(k => tags[k].StartsWith("VB", StringComparison.Ordinal) || tags[k] == "MD")) return -1;
        var finite = Enumerable.Range(start + 1, end - start - 2).Where(k => tags[k] is "VBD" or "VBZ" or "VBP" or "MD").ToList();
        if (finite.Count != 1) return -1;
        var verb = tokens[finite[0]].Text.ToLowerInvariant();
        return (tags[finite[0]] == "VBD" && !VerbGroupReader.IsBe(verb)) || verb is "has" or "have" ? finite[0] : -1;
    }

    private static readonly HashSet<string> RolePhraseTags = new(StringComparer.Ordinal) { "DT", "PRP$", "JJ", "NN", "NNP", "POS" };

    // A noun phrase of the role before the comma ("Israel's prime minister", "The company's chief executive", "Its chairman"),
    // then the name, then the comma that closes it right before the verb.
    private static bool RoleBeforeName(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int first, int last, int end) =>
        first - start >= 2 && tokens[first - 1].Text == "," && tags[first - 2] is "NN" or "NNP" && char.IsLower(tokens[first - 2].Text[0])
        && Enumerable.Range(start, first - 1 - start).All(k => RolePhraseTags.Contains(tags[k]))
        && last + 2 == end && tokens[last + 1].Text == ",";

    // "Wayne Smith at the Center for International Policy said", "Jane Doe of the University of Oxford found": a person is
    // placed by where they work, a phrase that modifies the name and holds no verb, no clause break and no second actor.
    private static bool Affiliation(List<TextSpan> tokens, IReadOnlyList<string> tags, int next, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        if (tokens[next].Text is not ("at" or "of" or "from") || end - next < 3) return false;
        if (tokens[next + 1].Text is not ("the" or "The") && !char.IsUpper(tokens[next + 1].Text[0])) return false;
        // Only nouns, their modifiers and the prepositions of a name ("the Center for Policy in Washington"): a subordinator
        // ("as the program stopped") or a verb opens another clause.
        for (var k = next + 1; k < end; k++)
        {
            var nominal = tags[k] is "DT" or "NNP" or "NNPS" or "NN" or "NNS" or "JJ" or "POS" or "CD"
                || (tags[k] is "IN" && tokens[k].Text is "of" or "for" or "in" or "at" or "on");
            if (!nominal) return false;
        }

        // "Robert Graham, co-chair of the commission President Obama has asked": a second person is another subject.
        var (from, to) = (tokens[next].Start, tokens[end - 1].Start + tokens[end - 1].Length);
        return !mentions.Any(m => m.Mention.Start >= from && m.Mention.End <= to && actors[m.ActorId].Kind == ActorKind.Person);
    }

    // ", chairman of the committee," or "(R-Louisiana)" between the name and its verb.
    private static bool Appositive(List<TextSpan> tokens, IReadOnlyList<string> tags, int next, int end)
    {
        var open = tokens[next].Text;
        var close = open switch { "," => ",", "(" => ")", "-" or "—" or "–" => tokens[next].Text, _ => null };
        if (close is null) return false;
        if (tokens[end - 1].Text != close || end - 1 == next) return false;
        for (var k = next + 1; k < end - 1; k++)
        {
            if (tags[k] is "VBD" or "VBZ" or "VBP" or "MD") return false;
        }

        return true;
    }

    private EventSubject? Anaphor(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end, SubjectContext context)
    {
        var words = tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList();
        if (words.Count is < 2 or > 4 || !words.TrueForAll(w => w.All(c => char.IsLetter(c) || c == '-'))) return null;
        var first = words[0].ToLowerInvariant();
        var head = words[^1];
        var display = string.Join(' ', words);

        // "both sides", "the two countries": the actors of the event just told, when it had several.
        if ((first == "both" || (first == "the" && words.Count == 3 && words[1].Equals("two", StringComparison.OrdinalIgnoreCase))) && GroupWords.Contains(head))
        {
            var last = context.EarlierEvents.LastOrDefault();
            return last.Actors is { Count: >= 2 }
                ? new EventSubject { Kind = SubjectKind.Group, ActorIds = [.. last.Actors], Display = display, Token = start }
                : null;
        }

        // "The visit included talks": an event told before acts as the subject; its actors take part.
        if (first is "the" or "this" or "that" && lexicon.Find(head) is { IsNoun: true } noun)
        {
            var earlier = context.EarlierEvents.LastOrDefault(e => e.Lemma == noun.Lemma);
            return earlier.Actors is { Count: > 0 }
                ? new EventSubject { Kind = SubjectKind.EventAnaphor, ActorIds = [.. earlier.Actors], Display = display, Token = start }
                : null;
        }

        return null;
    }

    // "he" and "she" are the speaker or the one person just named; "it" is only ever a speaking organisation.
    private static EventSubject? Pronoun(string word, IReadOnlyDictionary<string, Actor> actors, SubjectContext context)
    {
        var w = word.ToLowerInvariant();
        if (w is "he" or "she")
        {
            // "Beyonce ... a lifelong Michael fan. She will join ...": a "she" is never a Michael, a "he" never a Sarah.
            bool Fits(string id) => actors[id].Kind == ActorKind.Person && !GivenNameSex.Contradicts(w, actors[id].Name);
            if (context.Speaker is { Kind: SubjectKind.Named or SubjectKind.Pronoun, ActorIds.Count: > 0 } s && actors[s.ActorIds[0]].Kind == ActorKind.Person)
            {
                return Fits(s.ActorIds[0]) ? s : null;
            }

            // "A spokesman for the agency said he had resigned": "he" is that speaker, whom no actor names, not someone before.
            if (context.Reported && context.Speaker is null) return null;
            // The one who acted just before goes on acting ("Hayward met ... He said ..."), else the one person just named.
            if (context.PreviousSubject is { } p && actors[p].Kind == ActorKind.Person && context.RecentPersons.Contains(p))
            {
                return Fits(p) ? new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [p], Display = actors[p].Name, Token = 0 } : null;
            }

            // "He also stood in Jobs' place. He received ...": the first "he" is not Jobs, and the second goes on with the first.
            var persons = context.RecentPersons.Distinct(StringComparer.Ordinal)
                .Where(id => context.UnresolvedOpener is not { } opener || opener.Pronoun != w || !opener.Named.Contains(id)).ToList();
            return persons.Count == 1 && Fits(persons[0])
                ? new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [persons[0]], Display = actors[persons[0]].Name, Token = 0 }
                : null;
        }

        // "The coast guard said it was assembling a team": the speaker "it" stands for is one no actor names, not the body before.
        if (w is "it" && context.Reported && context.Speaker is null) return null;
        if (w is "it" && context.Speaker is null && context.PreviousSubject is { } o && actors[o].Kind is ActorKind.Organisation or ActorKind.Country
            && context.RecentOrganisations.Concat(context.RecentCountries).LastOrDefault() == o)
        {
            return new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [o], Display = actors[o].Name, Token = 0 };
        }

        if (w is "it" or "they" && context.Speaker is { ActorIds.Count: > 0 } speaker && actors[speaker.ActorIds[0]].Kind is ActorKind.Organisation or ActorKind.Country or ActorKind.Group)
        {
            return speaker with { Kind = SubjectKind.Pronoun };
        }

        return null;
    }

    private static bool IsAdverbialOpener(string word, string tag) =>
        tag is "IN" or "RB" or "RBR" or "RBS" or "TO" or "VBG" or "VBN" || word.Equals("As", StringComparison.Ordinal);

    private static int IndexOf(List<TextSpan> tokens, string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text == text) return k;
        }

        return -1;
    }
}
