using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Resolves the mentions of one article to actors: a later partial name ("Shangfu") is the person
/// named in full elsewhere ("Li Shangfu"), a demonym is its country, "his counterpart" takes the role
/// of the other person in the sentence. Unresolvable single words are dropped rather than guessed.
/// </summary>
public static class ActorResolver
{
    /// <param name="body">The article's text, to read the kinship that tells apart people of one family; without it, none is read.</param>
    public static ArticleActors Resolve(IReadOnlyList<List<ActorMention>> sentences, string? body = null)
    {
        sentences = JoinSplitNames(sentences);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var order = new List<string>();
        // The one the article names most last: "Obama" where it names "Barack Obama" five times and "Michelle Obama" twice is Barack
        // Obama (lookups take the last name that fits). At a tie, the name given in more words ("Barack Obama" over the "Obama" of
        // "President Obama"), then the one named first: news names its subject first and the subject's relatives after ("a tribute to
        // Michael Jackson ... Tito Jackson's three sons ... Jackson died in June 2009").
        var named = sentences.SelectMany(s => s).Where(m => m.Kind == ActorKind.Person && !m.IsPartial).Select(m => m.Name)
            .GroupBy(n => n, StringComparer.Ordinal).Select((g, i) => (Name: g.Key, Count: g.Count(), First: i)).ToList();
        var fullNames = named.OrderBy(n => n.Count).ThenBy(n => n.Name.Count(c => c == ' ')).ThenByDescending(n => n.First).Select(n => n.Name).ToList();
        var introduced = FirstSentences(sentences);
        // A name the article gives once, in its text: not one a caption or a pull quote gives ("Katherine Jackson: "Four years won't
        // bring my son back""), which names whom the picture shows or who is quoted, not whom the story is about.
        var namedOnce = named.Where(n => n.Count == 1).Select(n => n.Name)
            .Except(sentences.SelectMany(s => s).Where(m => m.Kind == ActorKind.Person && !m.IsPartial && IsCaptioned(body, m)).Select(m => m.Name), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var relatives = body is null ? Relatives.None : Relatives.Find(body, sentences, fullNames);
        var others = sentences.SelectMany(s => s).Where(m => m.Kind is not ActorKind.Person && !m.IsDemonym).ToList();
        var resolved = new List<ResolvedMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var mention in sentences[s])
            {
                var name = mention.Name;
                var kind = mention.Kind;
                if (mention.Kind == ActorKind.Person && mention.IsPartial)
                {
                    // A word the article says is an organisation or a place ("Caloi is a Brazilian manufacturer") stays one,
                    // even where a person shares it ("Luiz Caloi").
                    // "Jackson" read as the town elsewhere, where the article names a person so, is that person's name there too.
                    var same = others.FirstOrDefault(m => m.Text == mention.Text && !IsFamilyNameOf(fullNames, m));
                    var other = same is null ? BodyNamedFirst(sentences, fullNames, introduced, mention, s, body)
                        : GuessedPlace(same) ? FirmOpenedBy(others, mention.Text) ?? same : same;
                    var full = other?.Name ?? FindFullName(fullNames, introduced, namedOnce, relatives, mention.Text, s) ?? (mention.Name != mention.Text ? mention.Name : null);
                    if (full is null && !mention.IsSentenceCapital && FindOther(others, mention.Text) is { } part) other = part;
                    if (other is not null)
                    {
                        full ??= other.Name;
                        kind = other.Kind;
                    }

                    if (full is null && !mention.StandsAlone) continue;
                    name = full ?? name;
                }
                else if (GuessedPlace(mention) && FirmOpenedBy(others, mention.Text) is { } firm)
                {
                    // "Carlos Ghosn arrived at Nissan" after "Nissan Motor Co": a word taken for a place for the preposition before it, which
                    // no gazetteer knows as one, is the firm whose name it opens.
                    name = firm.Name;
                    kind = firm.Kind;
                }
                else if (PaperNamedInFull(others, mention) is { } paper)
                {
                    // "the Journal reported" beside "The Wall Street Journal reported": a paper's last word alone is the paper the
                    // article names in full; the registry would find several papers so named.
                    name = paper.Name;
                    kind = paper.Kind;
                }
                else if (IsFamilyNameOf(fullNames, mention) && FindFullName(fullNames, introduced, namedOnce, relatives, mention.Text, s, lastWord: true) is { } surname)
                {
                    // "Belgrano" after "Manuel Belgrano": the family name of a person of the article, though a town bears it too.
                    name = surname;
                    kind = ActorKind.Person;
                }

                var id = Slug.Make(name);
                if (!actors.TryGetValue(id, out var actor))
                {
                    actor = new Actor { Id = id, Name = name, Kind = kind };
                    order.Add(id);
                }
                else if (IsCapitals(actor.Name) && !IsCapitals(name))
                {
                    // "LAS VEGAS (Reuters) -": a dateline's capitals are not how the name is written, nor what the name is; the story's text says.
                    actor = actor with { Name = name, Kind = kind, Aliases = [.. actor.Aliases.Append(actor.Name).Where(a => a != name).Order(StringComparer.Ordinal)] };
                }

                actor = Merge(actor, mention, name);
                actors[id] = actor;
                resolved.Add(new ResolvedMention { Mention = mention, ActorId = id, Sentence = s });
            }
        }

        ResolveCounterparts(actors, resolved);
        TakeMostReadKind(actors, resolved);
        return new ArticleActors { Actors = [.. order.Select(id => actors[id])], Mentions = resolved };
    }

    // "acquired Land Rover from BMW" read as "Land" and "Rover" where the article writes "Land Rover" as one name elsewhere: a word
    // read as a lone person's name right before another name, one space between them, that together spell a name the article gives
    // as one is the first word of that name. Two names of bodies side by side ("Exxon" of the tanker "Exxon Valdez") stay apart.
    internal static IReadOnlyList<List<ActorMention>> JoinSplitNames(IReadOnlyList<List<ActorMention>> sentences)
    {
        var whole = sentences.SelectMany(s => s).Where(m => !m.IsDemonym && m.Kind != ActorKind.Person && m.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(m => m.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (whole.Count == 0) return sentences;
        return [.. sentences.Select(sentence =>
        {
            var joined = new List<ActorMention>(sentence.Count);
            foreach (var mention in sentence)
            {
                if (joined.Count > 0 && joined[^1] is { Kind: ActorKind.Person, IsPartial: true } left && !mention.IsDemonym && mention.Start == left.End + 1
                    && whole.TryGetValue(left.Text + " " + mention.Text, out var name))
                {
                    joined[^1] = name with { Start = left.Start, Text = name.Text };
                    continue;
                }

                joined.Add(mention);
            }

            return joined;
        })];
    }

    private static bool IsCapitals(string name) => name.Count(char.IsLetter) > 3 && !name.Any(char.IsLower);

    // "Holm, 18, ..." after "Lars Holm" and before "said Erik Holm, his father": news names a person in full before calling them
    // by the family name alone, so of the bearers the name fits, those already named by the sentence take it; a bearer named
    // only later does so when none was named before (a headline's or a caption's family name). Of a family, the one the story is
    // about takes it, not the relatives it names by their kinship. A writer names a person in full once and by the family name
    // after, unless another bearer has taken the family name: "Relatives of Michael Jackson will seek a second autopsy ... Rev
    // Jesse Jackson said ... But earlier Jesse Jackson said ... Jackson collapsed at his home" keeps naming Jesse in full because
    // "Jackson" alone is Michael, the first person the story names, whom it named in full only that once. Bearers are people with
    // given names: "President Obama" is no other bearer beside "Barack Obama"; the first is named by given and family names alone.
    private static string? FindFullName(List<string> fullNames, Dictionary<string, int> introduced, HashSet<string> namedOnce, Relatives relatives,
        string word, int sentence, bool lastWord = false)
    {
        var bare = word.TrimEnd('.');
        var fits = fullNames.Where(f => lastWord ? f.EndsWith(" " + bare, StringComparison.Ordinal) : f.Split(' ').Contains(bare, StringComparer.Ordinal)).ToList();
        var named = fits.Where(f => introduced[f] <= sentence).ToList();
        if (named.Count > 0)
        {
            var bearers = relatives.Narrow(named, introduced);
            var subject = bearers.MinBy(f => introduced[f]);
            return bearers.Count > 1 && subject is not null && namedOnce.Contains(subject) && introduced[subject] == introduced.Values.Min() && IsGivenAndFamilyName(subject, bare)
                && bearers.TrueForAll(f => f.Contains(' ', StringComparison.Ordinal) && (f == subject || !namedOnce.Contains(f))) ? subject : bearers.LastOrDefault();
        }

        // "Jackson died in June 2009" opening a story that later names Michael Jackson, then Joe Jackson: a family name the
        // writer gives before any bearer is the one the story is about, whom it names first.
        return relatives.Narrow(fits, introduced).OrderBy(f => introduced[f]).FirstOrDefault();
    }

    // "Katherine Jackson: "Four years ..."": a name with a colon right after it, where the article's text is at hand.
    private static bool IsCaptioned(string? body, ActorMention mention) =>
        body is not null && mention.End < body.Length && body[mention.End] == ':';

    // "Michael Jackson", "Mary J. Vang": given names or initials, then the family name; not a name run on into the next words
    // ("By Andrew Cohen The Atlantic Murray", "Obama's Katrina In the Gulf").
    private static bool IsGivenAndFamilyName(string name, string family) =>
        name.Split(' ') is { Length: 2 or 3 } words && words[^1] == family
        && words[..^1].All(w => Gazetteer.Default.GivenNames.Contains(w) || NameShapes.IsInitial(w));

    // "Tata Motors agreed to buy Jaguar. Tata will pay cash ... said Ratan Tata, its chairman": news names a person in full before
    // calling them by the family name alone, so a bare word that opens the name of a body the article has already named, where no
    // person the word fits has been named yet, is that body. Once a bearer has been named the word stays theirs, as before.
    private static ActorMention? BodyNamedFirst(IReadOnlyList<List<ActorMention>> sentences, List<string> fullNames, Dictionary<string, int> introduced,
        ActorMention mention, int sentence, string? text)
    {
        var bare = mention.Text.TrimEnd('.');
        if (Chambers.Contains(bare) && !BeforeNoun(text, mention)) return null;
        if (fullNames.Any(f => introduced[f] <= sentence && f.Split(' ').Contains(bare, StringComparer.Ordinal))) return null;
        for (var s = 0; s <= sentence; s++)
        {
            var named = sentences[s].FirstOrDefault(m => m.Kind == ActorKind.Organisation && !m.IsDemonym && (s < sentence || m.End <= mention.Start)
                && m.Name.Split(' ') is { Length: > 1 } parts && parts[0] == bare);
            if (named is not null) return named;
        }

        return null;
    }

    // "Belgrano" after "Manuel Belgrano", "Jackson" after "Michael Jackson": a one-word place that is the family name of a person the article names.
    private static bool IsFamilyNameOf(List<string> fullNames, ActorMention mention) =>
        mention is { Kind: ActorKind.Place, IsDemonym: false } && mention.Text == mention.Name && !mention.Text.Contains(' ', StringComparison.Ordinal)
        && fullNames.Exists(f => f.EndsWith(" " + mention.Text, StringComparison.Ordinal));

    // A one-word place no gazetteer knows: read so for the preposition before it ("at Nissan"), as much a firm's as a town's.
    private static bool GuessedPlace(ActorMention mention) =>
        mention is { Kind: ActorKind.Place, IsDemonym: false } && mention.Text == mention.Name && !mention.Text.Contains(' ', StringComparison.Ordinal)
        && Gazetteer.Default.Find(mention.Text) is null;

    // "Nissan" of "Nissan Motor Co", "Embraer" of "Embraer SA": the firm, by its legal form or its trade's head, whose name opens with
    // the word; the first the article names. A town lends its name to schools and stations ("Bridgton Academy", "Bridgton Junction").
    private static ActorMention? FirmOpenedBy(List<ActorMention> others, string word) =>
        others.FirstOrDefault(m => m.Kind == ActorKind.Organisation && m.Name.StartsWith(word + " ", StringComparison.Ordinal)
            && (NameReading.IsFirmByItsName(m.Name) || ActorDuplicates.IsCompanyHead(m.Name.Split(' ')[^1])));

    // The sentence each full name of a person is first written in.
    private static Dictionary<string, int> FirstSentences(IReadOnlyList<List<ActorMention>> sentences)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var m in sentences[s].Where(m => m.Kind == ActorKind.Person && !m.IsPartial)) first.TryAdd(m.Name, s);
        }

        return first;
    }

    // "the House", "the Senate", "Commons": a chamber of a legislature is a body of its own, so its word never stands for a longer
    // name that ends in it ("the House" is no "White House"), and alone not for one it opens ("passed by the Senate" is no "Senate
    // Energy Committee", "the House could vote" no "House Ways and Means Committee" named later); before a noun, after the name, it
    // does ("the Commons committee" after "the Commons Energy Committee").
    private static readonly HashSet<string> Chambers = new(StringComparer.Ordinal) { "House", "Senate", "Congress", "Parliament", "Commons", "Lords", "Assembly" };

    // Whether a common noun follows the mention, after one space: the name is that noun's modifier ("the House panel", "the
    // Commons sub-committee"), not a body named alone ("passed by the Commons in June").
    private static bool BeforeNoun(string? body, ActorMention mention)
    {
        if (body is null || mention.End + 1 >= body.Length || body[mention.End] != ' ' || !char.IsLower(body[mention.End + 1])) return false;
        var end = mention.End + 1;
        while (end < body.Length && (char.IsLetter(body[end]) || body[end] == '-')) end++;
        var word = body[(mention.End + 1)..end];
        return PosLexicon.Default.FirstTag(word[(word.LastIndexOf('-') + 1)..]).StartsWith("NN", StringComparison.Ordinal);
    }

    // The paper the article names in full whose name ends in the mention's one word ("Journal"): the only one, or of several the
    // last named before the mention.
    private static ActorMention? PaperNamedInFull(List<ActorMention> others, ActorMention mention)
    {
        if (mention.Kind != ActorKind.Organisation || !NameShapes.IsPaperWord(mention.Name)) return null;
        var papers = others.Where(m => m.Kind == ActorKind.Organisation && m.Name.EndsWith(" " + mention.Name, StringComparison.Ordinal)).ToList();
        return papers.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? papers[0] : papers.LastOrDefault(m => m.End <= mention.Start);
    }

    // "Falcons" after "Bowling Green Falcons", "Steaua" after "Steaua Bucharest", "Bridgton" after "in Bridgton": a single
    // word that starts or ends an organisation's or a place's name, or was itself recognised as one, is that actor.
    private static ActorMention? FindOther(List<ActorMention> others, string word)
    {
        // The same text was looked up first; a known name written otherwise ("the Kremlin" for "Kremlin") still counts.
        var exact = others.FirstOrDefault(m => m.Name == word);
        if (exact is not null) return exact;
        var organisation = Chambers.Contains(word) ? null
            : others.FirstOrDefault(m => m.Kind == ActorKind.Organisation && m.Name.Split(' ') is { Length: > 1 } parts && (parts[0] == word || parts[^1] == word));
        if (organisation is not null) return organisation;

        // "Bridgton" after "Bridgton Junction": the word a place is named after is a place too, though not the same one.
        var place = others.FirstOrDefault(m => m.Kind == ActorKind.Place && m.Name.Split(' ') is { Length: > 1 } parts && parts[0] == word);
        return place is null ? null : place with { Name = word, Text = word };
    }

    private static Actor Merge(Actor actor, ActorMention mention, string canonical)
    {
        var aliases = actor.Aliases;
        if (!string.Equals(mention.Text, canonical, StringComparison.Ordinal) && !aliases.Contains(mention.Text))
        {
            aliases = [.. aliases, mention.Text];
            aliases.Sort(StringComparer.Ordinal);
        }

        var role = actor.Role ?? mention.Role;
        if (actor.Role == "Counterpart" && mention.Role is { } r && r != "Counterpart") role = r;
        // "Holm said" after "Lars Holm": a leader or a town the gazetteer knows as Holm shares the word, not the person; the country
        // of what a mention was looked up as belongs to the actor only when the mention names that actor.
        // "President Obama ... the Obama administration": the country of a town so named is not the person's.
        var country = mention.Kind == ActorKind.Country || mention.Kind != actor.Kind || !string.Equals(mention.Name, canonical, StringComparison.Ordinal) ? null : mention.Country;
        return actor with
        {
            Aliases = aliases,
            Role = role,
            Country = actor.Country ?? country,
        };
    }

    // "BP, however, could try ...", read as a place, then "BP has deployed", "a BP spokesman", "BP detailed": one name of one article
    // names one thing, a firm or a place, and the reading most of its mentions have is what it is, not that of the first.
    private static void TakeMostReadKind(Dictionary<string, Actor> actors, List<ResolvedMention> mentions)
    {
        foreach (var group in mentions.Where(m => !m.Mention.IsDemonym && m.Mention.Kind is ActorKind.Organisation or ActorKind.Place).GroupBy(m => m.ActorId, StringComparer.Ordinal))
        {
            var actor = actors[group.Key];
            // What the gazetteer knows a name as ("Washington", the city, whatever "Washington said" is read as) it stays.
            if (actor.Kind is not (ActorKind.Organisation or ActorKind.Place) || Gazetteer.Default.Find(actor.Name) is not null) continue;
            var other = actor.Kind == ActorKind.Place ? ActorKind.Organisation : ActorKind.Place;
            var votes = group.Count(m => m.Mention.Kind == other);
            // A place's country is not a firm's: the firm's comes from its own mentions, if any.
            if (votes * 2 > group.Count() && group.Count() >= 3)
            {
                var country = other == ActorKind.Place ? group.Where(m => m.Mention.Kind == ActorKind.Place).Select(m => m.Mention.Country).FirstOrDefault(c => c is not null) : null;
                actors[group.Key] = actor with { Kind = other, Country = country };
            }
        }
    }

    // "Li Shangfu met his Russian counterpart, Sergei Shoigu": the counterpart holds the same role.
    private static void ResolveCounterparts(Dictionary<string, Actor> actors, List<ResolvedMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Sentence))
        {
            var people = group.Select(m => actors[m.ActorId]).Where(a => a.Kind == ActorKind.Person).Distinct().ToList();
            foreach (var counterpart in people.Where(a => a.Role == "Counterpart"))
            {
                var other = people.FirstOrDefault(a => a.Role is { } r && r != "Counterpart");
                if (other is not null) actors[counterpart.Id] = counterpart with { Role = other.Role };
            }
        }

        foreach (var actor in actors.Values.Where(a => a.Role == "Counterpart").ToList())
        {
            actors[actor.Id] = actor with { Role = null };
        }
    }
}
