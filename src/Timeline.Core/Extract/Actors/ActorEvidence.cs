using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Checks what an article says of its actors before they enter the registry. A person needs person evidence: a given
/// name (a known one, or name words only, none of them English) or an initial, a title or role, a person noun in
/// apposition ("Kim Dale, a spokeswoman"), or he or she soon after. A product (<see cref="ProductNames"/>) is not an actor: its mentions go.
/// </summary>
internal sealed partial class ActorEvidence(Gazetteer gazetteer)
{
    private readonly NameReading _names = new(gazetteer);
    private readonly PlaceEvidence _places = new(gazetteer);
    private readonly NameFragments _fragments = new(gazetteer);

    /// <summary>How far after a mention a pronoun still refers to it.</summary>
    private const int PronounReach = 120;

    public ArticleActors Check(string body, ArticleActors article)
    {
        article = FamilyNames.Unlink(body, article);
        var all = article.Mentions.GroupBy(m => m.ActorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var mentions = article.Mentions.Where(m => !Credits.IsCredit(body, m.Mention.Start)).GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var retyped = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var ids = article.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var firmLists = new FirmLists(article);
        foreach (var actor in article.Actors)
        {
            // What people wrote into the registry by hand stands, whatever the article says.
            if (gazetteer.IsHandEdited(actor.Name) || all.GetValueOrDefault(actor.Id)?.Exists(m => gazetteer.IsHandEdited(m.Mention.Text)) == true) continue;
            // "Libyan rebels" is read from its words, a demonym and a noun for such people; no name test applies to it.
            if (NonStateGroups.IsGroup(actor)) continue;
            // Named only in the story's credits: a reporter, an editor, a photographer.
            var own = mentions.GetValueOrDefault(actor.Id) ?? [];
            var inPersonName = PlaceInPersonName.Reading(gazetteer, body, actor, own);
            // "Chrysler chief executive Bob Nardelli", "a 20 percent stake in Chrysler": a name the article writes as a firm's, with
            // no title, role or person noun of its own, is that firm, however much the word alone reads as a given name.
            var firmByContext = actor.Kind == ActorKind.Person && actor.Role is null && NameReading.IsFirmByItsContext(body, own) && !HasPersonMarks(body, own);
            if (own.Count == 0 || IsMisread(actor) || (IsGivenNameAlone(actor) && !firmByContext) || _names.IsCommonWords(body, actor) || _names.IsTitleQualifier(body, actor, own) || ProductNames.IsProduct(body, actor, own)
                || ProductNames.ExtendsProduct(actor, article.Actors, o => ProductNames.IsProduct(body, o, mentions.GetValueOrDefault(o.Id) ?? []))
                || _places.IsOrdinaryWord(body, actor, own) || WebsiteVenues.IsVenue(body, actor, own) || IsStorm(body, actor) || NonActorNames.IsNotAnActor(gazetteer, body, actor)
                || _fragments.IsFragment(body, actor, own, article.Mentions) || SpelledOutThings.IsThing(body, actor)
                || (inPersonName == PersonNameWord.GivenName && !firmByContext))
            {
                dropped.Add(actor.Id);
            }
            else if (inPersonName == PersonNameWord.FamilyName || _places.IsFamilyNameByUse(body, actor, own))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Person, Country = null };
            }
            else if (PossessiveFirmNames.FullName(body, actor, own) is { } full && !ids.Contains(Slug.Make(full)))
            {
                // "Vell's said": the firm's name keeps its "'s"; the mentions go to the full name.
                retyped[actor.Id] = actor with { Id = Slug.Make(full), Name = full };
            }
            else if (FirmNamedTowns.IsFirm(gazetteer, body, actor, own))
            {
                // Before a town that speaks is read as a family name: "Komatsu said" of the firm the article names so.
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Country = null };
            }
            else if (ActingNames.Retype(gazetteer, body, actor, own, article.Actors) is { } acting)
            {
                retyped[actor.Id] = acting;
            }
            else if (actor.Kind == ActorKind.Person && actor.Name.Contains(" & ", StringComparison.Ordinal))
            {
                // "Raymond James & Associates", "Tudor Pickering & Co": names joined by an ampersand are a firm's, never one person's.
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Role = null, Country = null };
            }
            else if (FacilityNames.IsSite(gazetteer, body, actor, own))
            {
                // "BP's Shah Deniz field", "Baghdad's Abu Ghraib prison": a site named before its noun is a place, not a person.
                retyped[actor.Id] = actor with { Kind = ActorKind.Place, Role = null, Country = null };
            }
            else if (actor.Kind == ActorKind.Person && (((NameReading.IsOrganisationByItsName(actor.Name) || NameReading.IsFirmByItsName(actor.Name)) && !IsNamedPerson(actor)) || (actor.Role is null && NameReading.IsFirmByItsTrade(actor.Name))))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Role = null, Country = null };
            }
            else if (FamilyNameMentions.IsPersonByFamilyName(gazetteer, body, actor, own))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Person };
            }
            else if (gazetteer.Find(actor.Name) is null && ((actor.Kind == ActorKind.Organisation && (IsInitialledName(actor.Name) || IsGenerationalName(actor.Name)))
                     || (actor.Kind is ActorKind.Organisation or ActorKind.Place && IsPatronymicName(actor.Name))))
            {
                // "Thad W. Allen": a given name, a middle initial and a family name are a person's, whatever the model read; so is
                // a name with a generation after it ("Halvor Lund Jr.") or a father's name after "bin" ("Krustin bin Juri").
                retyped[actor.Id] = actor with { Kind = ActorKind.Person };
            }
            else if (actor.Kind == ActorKind.Organisation && gazetteer.Find(actor.Name) is null && NameReading.IsPlaceByItsHead(actor.Name))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Place };
            }
            else if (actor.Kind == ActorKind.Place && gazetteer.Find(actor.Name) is null
                     && (NameReading.IsFirmByItsName(actor.Name) || NameReading.IsFirmByItsTrade(actor.Name) || NameReading.IsBodyByItsHead(actor.Name)))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Country = null };
            }
            else if (actor.Kind is ActorKind.Person or ActorKind.Place && actor.Role is null && !gazetteer.GivenNames.Contains(actor.Name.Split(' ')[0])
                     && firmLists.IsListedAmongFirms(body, actor, own))
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Country = null };
            }
            else if (firmByContext)
            {
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Country = null };
            }
            else if (actor.Kind == ActorKind.Person && !IsPerson(body, actor, own))
            {
                dropped.Add(actor.Id);
            }
            else if (actor.Kind == ActorKind.Person && actor.Role is null && NameReading.IsWorkplace(body, own))
            {
                // "an analyst at Hargreaves Lansdown": people work at firms, not at other people.
                retyped[actor.Id] = actor with { Kind = ActorKind.Organisation, Country = null };
            }
        }

        if (dropped.Count == 0 && retyped.Count == 0) return article;
        return new ArticleActors
        {
            Actors = [.. article.Actors.Where(a => !dropped.Contains(a.Id)).Select(a => retyped.GetValueOrDefault(a.Id, a))],
            Mentions = [.. article.Mentions.Where(m => !dropped.Contains(m.ActorId)).Select(m => retyped.TryGetValue(m.ActorId, out var a) && a.Id != m.ActorId ? m with { ActorId = a.Id } : m)],
        };
    }

    private bool IsInitialledName(string name) =>
        name.Split(' ') is [var given, var initial, var family] && NameShapes.IsInitial(initial)
        && (gazetteer.GivenNames.Contains(given) || (NameShapes.LooksLikeNameWord(given) && !gazetteer.IsDictionaryWord(given)))
        && NameShapes.LooksLikeNameWord(family) && !NameShapes.IsOrganisationWord(family) && !NameShapes.IsPlaceWord(family);

    // "Halvor Lund Jr.", "Kari Vell Sr": a father's or a son's name; firms and bodies do not have generations.
    private static bool IsGenerationalName(string name) =>
        name.Split(' ') is { Length: >= 3 and <= 4 } words && words[^1].TrimEnd('.') is "Jr" or "Sr"
        && words[..^1].All(w => NameShapes.LooksLikeNameWord(w) || NameShapes.IsInitial(w)) && !words[..^1].Any(NameShapes.IsOrganisationWord);

    // "Krustin bin Juri", "Abdullah ibn Hamad", "Siti binti Aziz": "son of" or "daughter of" between name words, in Arabic and
    // Malay names, names a person by their father; firms and places are not named so.
    private static bool IsPatronymicName(string name) =>
        name.Split(' ') is { Length: >= 3 and <= 5 } words
        && Enumerable.Range(1, words.Length - 2).Any(k => words[k] is "bin" or "binti" or "bint" or "ibn")
        && words.Where(w => w is not ("bin" or "binti" or "bint" or "ibn")).All(w => NameShapes.LooksLikeNameWord(w) && !NameShapes.IsOrganisationWord(w) && !NameShapes.IsPlaceWord(w));

    // "Steven Brothers": a given name first says a person, whatever the words after it.
    private bool IsNamedPerson(Actor actor) => gazetteer.GivenNames.Contains(actor.Name.Split(' ')[0]);

    // Spans no name has: "Bill Nelson of", "Gary Chernekoff doesn't" (a word past the name); "SAN FRANCISCO", "CARRY OIL
    // Investors" (a dateline or a headline in capitals, not a name).
    private bool IsMisread(Actor actor)
    {
        if (actor.Kind == ActorKind.Country) return false;
        var words = actor.Name.Split(' ');
        // "Thu Oct", "Monday", "EDT": a time stamp's words, read as a name; one short word alone may be a name ("Sun", the paper).
        if (words.All(IsCalendarWord) && (words.Length > 1 || words[0].Length > 4 || words[0].All(char.IsUpper))) return true;
        if (words.Length > 1 && char.IsLower(words[^1][0]) && !NameShapes.IsParticleName(words[^1])) return true;
        // "X. We're", "Hope I'm", "Doesn T": a contraction is a clause's verb, never a name's word.
        if (words.Any(IsContraction)) return true;
        // "US Coast Guard The": the article opening the next sentence or heading, glued on where a line ended without a stop.
        if (words.Length > 1 && words[^1] is "The" or "A" or "An") return true;
        // "ROBERT:", "ASIA": a speaker's label in a transcript or a shouted word, not an acronym, when its letters make a word or a name.
        if (words.Length == 1 && IsShouted(words[0])) return true;
        // "SOURCE Replikins", "BEIJING Officials": a press release's label or a dateline in capitals glued onto the name after it.
        if (words.Length > 1 && IsShouted(words[0]) && !words[1].All(char.IsUpper)) return true;
        // "Washington Barack": a dateline's place glued onto the given name that opens the story's first sentence.
        if (words.Length == 2 && actor.Kind == ActorKind.Person && gazetteer.Find(words[0])?.Kind is ActorKind.Place or ActorKind.Country && gazetteer.GivenNames.Contains(words[1])) return true;
        // "Coast Guard Rear Adm", "Sens": the front of a title whose name was left out.
        if (NameShapes.IsTitleAbbreviation(words[^1])) return true;
        // "Iowa Democrat", "Senate Republican": one member of a party, described by the state or house the member stands for; the
        // member's name follows ("Texas Republican Joe Barton"). The party's members as a body are plural ("House Democrats").
        if (words.Length > 1 && actor.Kind != ActorKind.Person && words[^1] is "Democrat" or "Republican") return true;
        // "Boycott BP", "Guardian BP", "Mark Bly BP": a known short name glued onto the words before it, where no organisation's
        // name goes on with letters alone after its words ("Elizabeth II" is a numeral, "Halvor SA" a legal form).
        if (words.Length > 1 && NameShapes.IsAcronym(words[^1]) && !NameShapes.IsRomanNumeral(words[^1]) && NameVariants.WithoutLegalForm(actor.Name) is null
            && !words[..^1].Any(NameShapes.IsOrganisationWord)) return true;
        // "News VS" of "Harbour News VS has...": a lone head word of a name ("News", "Group", "Bank") before a firm's initials is the end of the
        // name before it, a heading run on into the story; no organisation is named by its head word and another's initials.
        if (words.Length == 2 && NameShapes.IsOrganisationWord(words[0]) && NameShapes.IsAcronym(words[1]) && NameVariants.WithoutLegalForm(actor.Name) is null) return true;
        // "VS Gulf" of "the VS Gulf spill": a firm's initials before a place's name make a modifier of what follows; no place is named so.
        if (actor.Kind == ActorKind.Place && words.Length == 2 && NameShapes.IsAcronym(words[0]) && gazetteer.Find(words[0]) is null
            && (gazetteer.Find(words[1])?.Kind is ActorKind.Place || words[1] is "Gulf" or "Coast" or "Sea" or "Ocean")) return true;
        var capitals = words.Where(w => w.Length >= 3 && w.All(c => char.IsUpper(c) || c is '-' or '.' or '\'')).ToList();
        return capitals.Exists(w => w.Length >= 7) || capitals.Count >= 2;
    }

    // "Tim": a given name alone says not whose.
    private bool IsGivenNameAlone(Actor actor) =>
        actor.Kind == ActorKind.Person && !actor.Name.Contains(' ', StringComparison.Ordinal) && actor.Role is null && gazetteer.GivenNames.Contains(actor.Name);

    // "We're", "I'm", "Doesn" (of "Doesn't", its apostrophe lost): a pronoun or a verb with its contraction.
    private static bool IsContraction(string word) => Contraction().IsMatch(word);

    [GeneratedRegex(@"^(?:[A-Z][a-z]*['’](?:re|m|ve|ll|t)|(?:Doesn|Didn|Isn|Wasn|Aren|Weren|Hasn|Haven|Hadn|Couldn|Wouldn|Shouldn)(?:['’]t)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    private bool IsShouted(string word)
    {
        if (word.Length < 4 || !word.All(char.IsUpper)) return false;
        var title = word[0] + word[1..].ToLowerInvariant();
        return gazetteer.GivenNames.Contains(title) || gazetteer.IsDictionaryWord(word) || gazetteer.Find(title)?.Kind is ActorKind.Place or ActorKind.Country;
    }

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "GMT", "BST", "EST", "EDT", "PST", "PDT", "CET", "UTC",
    };

    internal static bool IsCalendarWord(string word) => CalendarWords.Contains(word.TrimEnd('.', ','));

    private bool IsPerson(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Role is not null || gazetteer.Find(actor.Name)?.Kind == ActorKind.Person) return true;
        var words = actor.Name.Split(' ');
        // "Cameron International", "Roosevelt Room", "William Sound": a name that ends as an organisation's or a place's does not name a person.
        if (words.Length > 1 && (NameShapes.IsOrganisationWord(words[^1]) || NameShapes.IsPlaceWord(words[^1]))) return false;
        // "Foreign Policy", "Rose Garden": ordinary words throughout, though the first is some people's given name.
        if (words.Length > 1 && words.All(gazetteer.IsOrdinaryOrAdjective)) return false;
        if (words.Length > 1 && (words[0].Split('-').All(gazetteer.GivenNames.Contains) || words.Any(NameShapes.IsInitial))) return true;
        // "Foreign Policy", "Deep Horizon", "Maybe Svanberg": a name that opens with an ordinary word is no person's, whatever follows it.
        if (gazetteer.IsOrdinaryOrAdjective(words[0])) return false;
        // "Mette Frederiksen": name words only, none of them English; the list of given names lacks many.
        if (words.Length > 1 && !words.Any(gazetteer.IsOrdinaryOrAdjective)) return true;
        // "the Deepwater Horizon oil spill", "what went wrong on the Deepwater Horizon": a name written after "the" time and again is a
        // thing's (a rig, a ship, an event), however often a "he" follows it; news writes no article before a person's name.
        if (mentions.Count(m => TheBefore().IsMatch(Before(body, m.Mention.Start, 5))) * 2 >= mentions.Count) return false;
        return mentions.Exists(m => m.Mention.Role is not null
            || PersonApposition().IsMatch(After(body, m.Mention.End, 60))
            || Pronoun().IsMatch(After(body, m.Mention.End, PronounReach)));
    }

    // "Tropical Storm Alex", "Hurricane Katrina": a storm's given name is a weather event's name, not a person's or a place's, and
    // so is the name with its storm word ("Storm Alex" of "Tropical Storm Alex").
    private static bool IsStorm(string body, Actor actor)
    {
        if (actor.Kind == ActorKind.Country) return false;
        if (actor.Name.Split(' ') is [var storm, _]) return StormWords.Contains(storm);
        return !actor.Name.Contains(' ', StringComparison.Ordinal)
            && Regex.IsMatch(body, @"\b(?:" + string.Join('|', StormWords) + @")\s+" + Regex.Escape(actor.Name) + @"\b", RegexOptions.CultureInvariant);
    }

    private static readonly string[] StormWords = ["Hurricane", "Typhoon", "Cyclone", "Storm", "Depression"];

    /// <summary>Whether a mention is named with an office ("Chief Executive Kim Dale") or a person noun in apposition ("Kim Dale, a spokeswoman,").</summary>
    internal static bool HasPersonMarks(string body, List<ResolvedMention> mentions) =>
        mentions.Exists(m => m.Mention.Role is not null || PersonApposition().IsMatch(After(body, m.Mention.End, 60)));

    /// <summary>Up to <paramref name="reach"/> characters of <paramref name="body"/> after <paramref name="end"/>.</summary>
    internal static string After(string body, int end, int reach) => body.Substring(end, Math.Min(reach, body.Length - end));

    /// <summary>Up to <paramref name="reach"/> characters of <paramref name="body"/> before <paramref name="start"/>.</summary>
    internal static string Before(string body, int start, int reach) => body.Substring(Math.Max(0, start - reach), Math.Min(reach, start));

    // "Kim Dale, a spokeswoman,", "Lars Holm, a dairy farmer,": a person noun in apposition after the name.
    [GeneratedRegex(@"^\s*,\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,4}(?:spokes(?:man|woman|person)|man|woman|boy|girl|mother|father|son|daughter|wife|husband|widow|brother|sister|resident|fisherman|farmer|miner|worker|owner|chief|head|director|president|chairman|executive|officer|analyst|professor|scientist|engineer|lawyer|attorney|senator|governor|mayor|minister|secretary|leader|manager|founder|expert|researcher|doctor|biologist|economist|captain|spokesperson)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonApposition();

    [GeneratedRegex(@"\b[Tt]he\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore();

    // "His" or "her" follows any noun phrase now and then; "he" and "she" are said of people.
    [GeneratedRegex(@"\b(?:he|she|He|She)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
