using Timeline.Extract.Actors.Ner;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Finds actor mentions in a sentence: gazetteer names (countries, demonyms, places, organisations,
/// groups), people introduced by a role ("Defense Minister Li Shangfu"), and capitalised name runs.
/// When an entity model is given, it decides the spans and types of the names the gazetteer does not know
/// (<see cref="ModelMentions"/>). Pure and thread-safe.
/// </summary>
public sealed class ActorRecognizer
{
    private readonly Gazetteer _gazetteer;
    private readonly RunClassifier _classifier;
    private readonly CapitalsNormaliser _capitals;
    private readonly GazetteerMatcher _matcher;
    private readonly ModelMentions? _model;
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady" };

    /// <summary>A recogniser with the entity model built into the assembly.</summary>
    public ActorRecognizer(Gazetteer gazetteer)
        : this(gazetteer, NerModel.Default)
    {
    }

    /// <summary>A recogniser with the given entity model, or rules and gazetteers alone when it is null.</summary>
    public ActorRecognizer(Gazetteer gazetteer, NerModel? model)
    {
        _gazetteer = gazetteer;
        _classifier = new(gazetteer);
        _capitals = new(gazetteer);
        _matcher = new(gazetteer);
        _model = model is null ? null : new ModelMentions(model, gazetteer);
    }

    public List<ActorMention> Recognize(string sentence, int offset)
    {
        var raw = Tokenizer.Tokenize(sentence, offset);
        if (IsNotEnglish(raw)) return [];
        var tokens = _capitals.Normalise(raw);
        var (mentions, sources) = RuleMentions(tokens);
        List<ActorMention> read = [.. PersonOfPlace.Split(tokens, _model is null ? mentions : _model.Merge(raw, tokens, mentions, sources), _matcher).Select(WithoutLeadIn)
            .Select(m => WithoutGluedWords(m, tokens)).Select(WithoutDescriptor).Select(WithoutHeadlineWords).Select(m => AppositiveRole.Read(m, tokens, _matcher))];
        read = CountryPrefixedBodies.Join(sentence, offset, read);
        read = LowercaseDepartments.Join(sentence, offset, read);
        read = NonStateGroups.Join(sentence, offset, read);
        read = LostLetterGaps.Join(_gazetteer, sentence, offset, read);
        read = PlaceNounNames.Read(sentence, offset, read);
        read = CountyNames.Read(sentence, offset, read);
        read = OperatorsCraft.Split(_gazetteer, sentence, offset, read);
        read = CurrencyPrefixes.Drop(sentence, offset, read);
        return JoinedBodies.Split(_gazetteer, sentence, offset, read);
    }

    // "Vell Radio After Storm Ada", "Vell Press She": a name runs into the next sentence or a headline, whose first word is
    // capitalised. A common function word no name is built of ("After", "She", "In"; not a foreign name's "Mai"), capitalised inside
    // a name, starts that other text: the name ends before it. A person's name is left alone ("Theresa May", "Will Vell").
    private ActorMention WithoutHeadlineWords(ActorMention mention)
    {
        if (mention.Kind == ActorKind.Person || mention.Name != mention.Text) return mention;
        var words = mention.Text.Split(' ');
        var cut = Array.FindIndex(words, 1, w => NameShapes.IsCapitalised(w) && w.Length > 1 && !NameShapes.IsAcronym(w) && _gazetteer.CommonWords.Contains(w.ToLowerInvariant()) && _gazetteer.IsFunctionWord(w)
            && !NameShapes.Connectors.Contains(w.ToLowerInvariant()) && w is not ("And" or "The" or "A" or "An"));
        if (cut < 1) return mention;
        var text = string.Join(' ', words[..cut]);
        return mention with { Text = text, Name = text };
    }

    // "Rig-owner Halvor", "Texas-based Orm Capital", "Navy-backed Kestrel Group": a compound of a noun and an agent noun or a participle
    // ("-owner", "-maker", "-based", "-led") describes the name after it, as "the rig owner Halvor" does; it is no word of the name. A
    // name's own hyphenated word capitalises both halves ("Jean-Pierre", "Saint-Denis") or ends in neither ("Coca-cola").
    private ActorMention WithoutDescriptor(ActorMention mention)
    {
        var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !IsDescriptor(mention.Text[..space])) return mention;
        var rest = mention.Text[(space + 1)..];
        if (!NameShapes.IsCapitalised(rest)) return mention;
        return mention with { Start = mention.Start + space + 1, Text = rest, Name = mention.Name == mention.Text ? rest : mention.Name };
    }

    private bool IsDescriptor(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || !NameShapes.IsCapitalised(word)) return false;
        var tail = word[(hyphen + 1)..];
        if (tail.Length < 3 || !tail.All(char.IsLower) || !_gazetteer.IsDictionaryWord(tail)) return false;
        return tail.EndsWith("ed", StringComparison.Ordinal) || tail.EndsWith("er", StringComparison.Ordinal) || tail.EndsWith("or", StringComparison.Ordinal);
    }

    // "Tom Bright Letter to the council", "Ann Kerr Business editor, BBC News": a caption's or a byline's name runs into the capitalised
    // first word of what follows it. A person's full name (a given name first) does not end with an ordinary word the name lists do not
    // hold when lower-case text goes on after it (a capitalised plural names a group: "the Johnny Mann Singers").
    private ActorMention WithoutGluedWords(ActorMention mention, List<TextSpan> tokens)
    {
        if (mention.Kind != ActorKind.Person || mention.Name != mention.Text || mention.Role is not null) return mention;
        var words = mention.Text.Split(' ');
        // Captions and bylines open a line or follow one another's words ("End Quote"): a name after a lower-case word is in running
        // text ("who owns Tom Bright Cafe in Leeds", "the John Adams Project"), where a body may be named after a person.
        if (words.Length < 3 || !_gazetteer.GivenNames.Contains(words[0])
            || tokens.FindLast(t => t.End <= mention.Start)?.Text is { } before && (char.IsLower(before[0]) || before == "The")) return mention;
        var end = mention.Start + mention.Text.Length;
        var next = tokens.Find(t => t.Start >= end)?.Text;
        var n = words.Length;
        while (n > 2 && next is not null && (next.Length > 0 && char.IsLower(next[0]) || _gazetteer.CommonWords.Contains(next.ToLowerInvariant())) && IsGluedWord(words[n - 1]))
        {
            next = words[--n];
        }

        if (n == words.Length) return mention;
        var text = string.Join(' ', words[..n]);
        return mention with { Text = text, Name = text };
    }

    private bool IsGluedWord(string word) =>
        NameShapes.IsCapitalised(word) && (_gazetteer.CommonWords.Contains(word.ToLowerInvariant()) || _gazetteer.IsDictionaryWord(word))
        && !_gazetteer.GivenNames.Contains(word) && !_gazetteer.NameWords.Contains(word) && !NameShapes.IsPluralName(word) && !NameShapes.IsOrganisationWord(word);

    // "trong khi ta co mot": a line in another language, or one whose letters a lost encoding cut up, holds few English words (fewer than one in three) between
    // its capitals, and its capitals ("Ban Nha", "Vn Ch") are no names the rules or the model can read. Only when it has words enough
    // to tell: a headline of names is English whatever its few lower-case words.
    private bool IsNotEnglish(List<TextSpan> tokens)
    {
        var words = tokens.Select(t => t.Text).Where(w => w.Length >= 3 && w.All(char.IsLower)).ToList();
        return words.Count >= MinimumWordsToTell && words.Count(w => _gazetteer.IsDictionaryWord(w) || _gazetteer.CommonWords.Contains(w)) * 3 < words.Count;
    }

    private const int MinimumWordsToTell = 6;

    // "Read Howard Kurtz's tweets", "Hi Greg, thanks": a link's imperative or a greeting opens the line, not the name after it.
    private static ActorMention WithoutLeadIn(ActorMention mention)
    {
        var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || mention.Text[..space] is not ("Read" or "Hi" or "Hello" or "Dear" or "Watch" or "Click")) return mention;
        var rest = mention.Text[(space + 1)..];
        if (!NameShapes.IsCapitalised(rest.Split(' ')[0])) return mention;
        return mention with { Start = mention.Start + space + 1, Text = rest, Name = mention.Name == mention.Text ? rest : mention.Name };
    }

    /// <summary>The rules' findings at each of a sentence's tokens, as the entity model reads them (to train it on tokenised text).</summary>
    internal string[] RuleTags(List<TextSpan> raw)
    {
        var tokens = _capitals.Normalise(raw);
        var (mentions, sources) = RuleMentions(tokens);
        return ModelMentions.RuleTags(tokens, mentions, sources);
    }

    /// <summary>The mentions the rules find, and where each comes from.</summary>
    private (List<ActorMention> Mentions, List<MentionSource> Sources) RuleMentions(List<TextSpan> tokens)
    {
        var mentions = new List<ActorMention>();
        var sources = new List<MentionSource>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (_matcher.MatchName(tokens, i) is { } found)
            {
                // A known name that opens a longer one ("Atlantic City", "New Jersey Department of Health") yields to it.
                // "Coast Guard Petty Officer Kelly Parker", "BP Chief Operating Officer Doug Suttles": a title with a person's name after it
                // starts that person's mention, not a longer name of the body before it.
                var more = i + found.Length < tokens.Count && !_gazetteer.CommonWords.Contains(tokens[i + found.Length].Text.ToLowerInvariant())
                    && !RoleOpensPerson(tokens, i + found.Length) && !PersonAfterCountry(tokens, i, found) ? NameRun(tokens, i + found.Length) : 0;
                if (more > 0 && (GivenNameThatIsAPlace(tokens, i, found, more) ?? _classifier.Classify(tokens, i, found.Length + more, knownStart: true)
                    ?? JoinedFirms(tokens, i, found, more)) is { } longer)
                {
                    mentions.Add(longer);
                    sources.Add(MentionSource.Rule);
                    i += found.Length + more;
                    continue;
                }

                if (ClubNamedLikeAPlace(tokens, i, found) is { } club)
                {
                    mentions.Add(club);
                    sources.Add(MentionSource.Rule);
                    i += found.Length;
                    continue;
                }

                if (CountryLandform(tokens, i, found) is { } landform)
                {
                    mentions.Add(landform);
                    sources.Add(MentionSource.Rule);
                    i += found.Length + 1;
                    continue;
                }

                var known = Mention(tokens, i, found.Length, found.Entry);
                // A shorter name of a known person ("Lukashenko") stands for the full one, as a partial name does.
                if (known.Kind == ActorKind.Person && known.Name != known.Text) known = known with { IsPartial = true };

                // "losing to Tulsa 63-7": a town with a score is its team; a country with one stays the country, as CoNLL has it.
                if (known.Kind == ActorKind.Place && (NameShapes.IsScore(tokens, i + found.Length) || NameShapes.BeatsWithScore(tokens, i + found.Length))) known = known with { Kind = ActorKind.Organisation, Name = known.Text, Country = null };
                mentions.Add(known);
                sources.Add(_gazetteer.IsHandEdited(known.Text) ? MentionSource.HandEdit : MentionSource.Gazetteer);
                i += found.Length;
                continue;
            }

            if (_matcher.MatchRole(tokens, i) is { } roleLength)
            {
                var nameStart = i + roleLength;
                var afterComma = nameStart < tokens.Count && tokens[nameStart].Text == "," && nameStart + 1 < tokens.Count;
                if (afterComma) nameStart++;
                // "Director General Dr Margaret Chan": a courtesy title after the role is not part of the name either.
                while (nameStart < tokens.Count && Honorifics.Contains(tokens[nameStart].Text.TrimEnd('.')) && nameStart + 1 < tokens.Count) nameStart++;
                var nameLength = NameRun(tokens, nameStart);
                // "General Motors", "Liberal Party": a one-word role that opens an organisation's name is part of it.
                if (nameLength > 0 && roleLength == 1 && nameStart == i + 1 && NameShapes.IsCapitalised(tokens[i].Text)
                    && Enumerable.Range(nameStart, nameLength).Any(k => NameShapes.IsOrganisationWord(tokens[k].Text)))
                {
                    mentions.Add(Mention(tokens, i, 1 + nameLength, null) with { Kind = ActorKind.Organisation });
                    sources.Add(MentionSource.Rule);
                    i = nameStart + nameLength;
                    continue;
                }

                // "Prince William Sound", "Queen Bess Island": a title that opens a name whose head is a place's is the royal the place is
                // named after, and part of its name; a person is never named with a place's head last.
                if (nameLength > 0 && nameStart == i + roleLength && NameShapes.IsCapitalised(tokens[i].Text)
                    && NameReading.IsPlaceByItsHead(GazetteerMatcher.Join(tokens, i, roleLength + nameLength)))
                {
                    mentions.Add(Mention(tokens, i, roleLength + nameLength, null) with { Kind = ActorKind.Place });
                    sources.Add(MentionSource.Rule);
                    i = nameStart + nameLength;
                    continue;
                }

                // "the trip by the president, Michelle Obama and daughter Sasha": a name after the office's comma that goes on with "and"
                // is the next item of a list, not the office's holder, whom an appositive closes with a comma or the sentence's end.
                if (nameLength > 0 && afterComma && nameStart + nameLength < tokens.Count && tokens[nameStart + nameLength].Text is "and" or "or" or "&")
                {
                    i += roleLength;
                    continue;
                }

                // "OPEC's president Angola", "the EU president Sweden": a country named after an office holds it (a body's rotating
                // presidency); no person is named with a country's whole name. The country is read where its name starts. A name
                // written into the registry by hand as a country's alias is left to the hand edit.
                if (nameLength > 0 && _matcher.MatchName(tokens, nameStart) is { Entry.Kind: ActorKind.Country } held && held.Length == nameLength
                    && !_gazetteer.IsHandEdited(GazetteerMatcher.Join(tokens, nameStart, nameLength)))
                {
                    i = nameStart;
                    continue;
                }

                // "Former President, Vell Oil; Founder, Citizens for Cheap Energy": a name after the office's comma whose head is a firm's
                // or a body's says where the office is held (a biography's line), not who holds it; no person is named with such a head last.
                if (nameLength > 0 && afterComma && IsBodyName(GazetteerMatcher.Join(tokens, nameStart, nameLength)))
                {
                    mentions.Add(Mention(tokens, nameStart, nameLength, null) with { Kind = ActorKind.Organisation });
                    sources.Add(MentionSource.Rule);
                    i = nameStart + nameLength;
                    continue;
                }

                // "Prince Michael reminisced", "Queen Rania visited": a royal is named by the title and the given name together; the given
                // name alone is no family name of anyone the article names in full ("Michael Jackson").
                if (nameLength == 1 && nameStart == i + roleLength && NameShapes.IsCapitalised(tokens[i].Text) && NameShapes.IsGivenNameTitle(RoleText(tokens, i, roleLength)))
                {
                    mentions.Add(Mention(tokens, i, roleLength + 1, null) with { Kind = ActorKind.Person, Role = RoleText(tokens, i, roleLength) });
                    sources.Add(MentionSource.Role);
                    i = nameStart + 1;
                    continue;
                }

                // "Senator Bill Nelson of Florida", "attorney Lela Hollabaugh of Nashville": "of" after a holder's name says where the
                // office is or the holder comes from; no person's name goes on with it.
                var ofAt = Enumerable.Range(nameStart, nameLength).FirstOrDefault(k => tokens[k].Text == "of", -1);
                if (ofAt > nameStart) nameLength = ofAt - nameStart;
                if (nameLength > 0)
                {
                    // "Former Kansas Governor Kathleen Sebelius": an office held no longer is the person's former one.
                    var role = RoleText(tokens, i, roleLength);
                    var person = Person(tokens, nameStart, nameLength, FormerBefore(tokens, i) ? "Former " + role : role, CountryBefore(tokens, i, mentions));
                    // "Mr. Shoigu" is a courtesy, not a role: the surname still refers to the full name given elsewhere.
                    if (Honorifics.Contains(role)) person = person with { Role = null, IsPartial = nameLength == 1 };
                    mentions.Add(person);
                    sources.Add(MentionSource.Role);
                    i = nameStart + nameLength;
                    continue;
                }

                i += roleLength;
                continue;
            }

            var run = NameRun(tokens, i);
            if (run == 0)
            {
                i++;
                continue;
            }

            if (_classifier.Unknown(tokens, i, run) is { } mention)
            {
                mentions.Add(mention);
                sources.Add(MentionSource.Rule);
            }

            i += run;
        }

        return (mentions, sources);
    }

    private static bool IsBodyName(string name) =>
        NameReading.IsOrganisationByItsName(name) || NameReading.IsFirmByItsTrade(name) || NameReading.IsBodyByItsHead(name);

    // A title at k not followed by an organisation's name ("Attorney General Troy King", "Petty Officer 3rd Class", not "General Hospital").
    private bool RoleOpensPerson(List<TextSpan> tokens, int k)
    {
        if (_matcher.MatchRole(tokens, k) is not { } n) return false;
        var start = k + n;
        var run = start < tokens.Count ? NameRun(tokens, start) : 0;
        // A one-word title needs a name after it ("Mary Queen of Vietnam" goes on as a name); a longer one is a title alone.
        return (run > 0 || n > 1) && !Enumerable.Range(start, run).Any(j => NameShapes.IsOrganisationWord(tokens[j].Text));
    }

    // "Troy King said", "Larry King.": a one-word title after given names ends the name as its family name when no name follows
    // it, as a title goes before the name it introduces.
    private bool IsFamilyNameNotTitle(List<TextSpan> tokens, int runStart, int j) =>
        _matcher.MatchRole(tokens, j) == 1 && (j + 1 >= tokens.Count || !IsNameToken(tokens[j + 1].Text))
        && Enumerable.Range(runStart, j - runStart).All(k => _gazetteer.GivenNames.Contains(tokens[k].Text) || NameShapes.IsInitial(tokens[k].Text) || tokens[k].Text == ".");

    // A known person's name inside a run is part of it ("Alexander Lukashenko"); a country or place starts another actor,
    // unless it follows a given name as a family name does ("Michael Jordan", "Ricky Martin").
    private bool StartsOtherActor(List<TextSpan> tokens, int runStart, int j)
    {
        if (_matcher.MatchName(tokens, j) is not { } m || m.Entry.Kind == ActorKind.Person) return false;
        // "Free Syrian Army", "Free Egyptians Party": a country's name after capitalised common words and before an organisation's
        // word is inside the body's name.
        if (j + m.Length < tokens.Count && NameShapes.IsOrganisationWord(tokens[j + m.Length].Text)
            && Enumerable.Range(runStart, j - runStart).All(k => _gazetteer.IsDictionaryWord(tokens[k].Text))) return false;
        // "Bank of England", "FC Basel", "University of Texas": a place after an organisation word is part of its name.
        if (Enumerable.Range(runStart, j - runStart).Any(k => NameShapes.IsOrganisationWord(tokens[k].Text))) return false;
        // "Relatives of Michael Jackson", "Fans of Elton John": a run that opens with capitalised common words and "of" or "for" (a
        // sentence's or a headline's first words) names the person after the preposition; the given names are counted from there.
        var from = Enumerable.Range(runStart, j - runStart).LastOrDefault(k => tokens[k].Text is "of" or "for", runStart - 1) + 1;
        var afterGivenNames = from < j && Enumerable.Range(from, j - from).All(k => _gazetteer.GivenNames.Contains(tokens[k].Text) || NameShapes.IsInitial(tokens[k].Text) || tokens[k].Text == ".");
        var familyName = _gazetteer.NameWords.Contains(tokens[j].Text) || _gazetteer.GivenNames.Contains(tokens[j].Text)
            || (m.Entry.Kind == ActorKind.Place && !_gazetteer.IsDictionaryWord(tokens[j].Text)); // "Manuel Belgrano": a town's name as a family name
        // "Barack Obama", "Mette Frederiksen": a given name the list lacks is still a name word nothing else claims,
        // and a town's name right after it reads as the family name; a town does not follow another name in news.
        var afterUnknownName = m.Entry.Kind == ActorKind.Place && j - runStart is 1 or 2
            && Enumerable.Range(runStart, j - runStart).All(k => IsUnclaimedNameWord(tokens, k));
        return !((afterGivenNames || afterUnknownName) && m.Length == 1 && familyName);
    }

    private bool IsUnclaimedNameWord(List<TextSpan> tokens, int k) =>
        NameShapes.LooksLikeNameWord(tokens[k].Text) && !NameShapes.IsAcronym(tokens[k].Text) && !_gazetteer.IsDictionaryWord(tokens[k].Text)
        && _matcher.MatchName(tokens, k) is null && !NameShapes.IsOrganisationWord(tokens[k].Text);

    // "Exxon Mobil", "Societe Generale": two firms' names the gazetteer knows, written one after the other with a space and nothing else,
    // are one firm's (news lists two firms with a comma or "and"); a body's initials are left to stand alone ("AP BP", a caption's credit).
    private ActorMention? JoinedFirms(List<TextSpan> tokens, int i, (int Length, GazetteerEntry Entry) found, int more)
    {
        var next = i + found.Length;
        if (found.Entry.Kind != ActorKind.Organisation || tokens[next].Start != tokens[next - 1].End + 1
            || _matcher.MatchName(tokens, next) is not { Entry.Kind: ActorKind.Organisation } second || second.Length != more
            || NameShapes.IsAcronym(tokens[i].Text) || NameShapes.IsAcronym(tokens[next].Text)) return null;
        return Mention(tokens, i, found.Length + more, null) with { Kind = ActorKind.Organisation };
    }

    private static readonly HashSet<string> Landforms = new(StringComparer.Ordinal) { "delta", "river", "valley", "basin", "estuary", "plateau", "highlands" };

    // "the Niger delta", "the Congo basin": a country's name before a landform's noun in lower case names the landform, a place, not the
    // country (the capitalised "Niger Delta" is read as a place's name already).
    private static ActorMention? CountryLandform(List<TextSpan> tokens, int i, (int Length, GazetteerEntry Entry) found)
    {
        var next = i + found.Length;
        if (found.Entry is not { Kind: ActorKind.Country, IsDemonym: false } || next >= tokens.Count || !Landforms.Contains(tokens[next].Text)) return null;
        var mention = Mention(tokens, i, found.Length + 1, null);
        return mention with { Kind = ActorKind.Place, Name = GazetteerMatcher.Join(tokens, i, found.Length) + " " + char.ToUpperInvariant(tokens[next].Text[0]) + tokens[next].Text[1..] };
    }

    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal) { "club", "team", "side", "band", "magazine", "newspaper", "airline" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "each", "every", "no", "any",
    };

    // "Uruguayan club Liverpool", "Premier League side Vell", "Danish band Norway": a country's or a place's name right after a noun for a
    // body of another kind, itself after a capitalised word that says whose or which it is, is that body's name. With a determiner
    // before the noun the name may open a clause of its own ("the team Mexico sent"), so it is left alone.
    private static ActorMention? ClubNamedLikeAPlace(List<TextSpan> tokens, int i, (int Length, GazetteerEntry Entry) found)
    {
        if (found.Entry is not { Kind: ActorKind.Country or ActorKind.Place, IsDemonym: false } || i < 2 || !Bodies.Contains(tokens[i - 1].Text)) return null;
        var whose = tokens[i - 2].Text;
        if (!NameShapes.IsCapitalised(whose) || Determiners.Contains(whose)) return null;
        return Mention(tokens, i, found.Length, null) with { Kind = ActorKind.Organisation };
    }

    // "stars from the US and UK Chris Hunt, head of ...": no body's name goes on from a country's name with a person's given name and
    // family name; the words are a sentence that ran on (a lost full stop, a caption) into a person's name, which starts at the given
    // name. A country's name that is a given name itself ("Jordan Henderson", "Georgia Smith") is the person's, as is read below.
    private bool PersonAfterCountry(List<TextSpan> tokens, int i, (int Length, GazetteerEntry Entry) found)
    {
        var given = i + found.Length;
        if (found.Entry is not { Kind: ActorKind.Country, IsDemonym: false } || given + 1 >= tokens.Count) return false;
        if (Enumerable.Range(i, found.Length).Any(k => _gazetteer.GivenNames.Contains(tokens[k].Text))) return false;
        var (first, family) = (tokens[given].Text, tokens[given + 1].Text);
        return _gazetteer.GivenNames.Contains(first) && !_gazetteer.IsDictionaryWord(first)
            && NameShapes.LooksLikeNameWord(family) && !NameShapes.IsOrganisationWord(family);
    }

    // "Paris Hilton", "Frederick H. Collier": a known place that is also a given name, followed by a family name, is a person.
    private ActorMention? GivenNameThatIsAPlace(List<TextSpan> tokens, int i, (int Length, GazetteerEntry Entry) found, int more)
    {
        if (found.Length != 1 || found.Entry.Kind != ActorKind.Place) return null;
        // "Mary L. Kendall": an initial's dot is no word of the name.
        var rest = tokens.Skip(i + 1).Take(more).Select(t => t.Text).Where(t => t != ".").ToList();
        if (rest.Count is 0 or > 3) return null;
        var given = _gazetteer.GivenNames.Contains(tokens[i].Text);
        if (!given && NameShapes.IsPluralName(rest[^1])) return null; // "Boston Bruins" is a team.
        var familyName = rest.TrueForAll(w => NameShapes.IsInitial(w) || ((_gazetteer.NameWords.Contains(w) || _gazetteer.GivenNames.Contains(w)) && !_gazetteer.IsDictionaryWord(w)));
        var nameShaped = rest.TrueForAll(w => NameShapes.IsInitial(w) || (NameShapes.LooksLikeNameWord(w) && !_gazetteer.IsDictionaryWord(w)));
        return familyName || (given && nameShaped) ? Person(tokens, i, 1 + more, null, null) : null;
    }

    /// <summary>Length of the run of name-shaped words starting at <paramref name="i"/>, connectors inside allowed.</summary>
    private int NameRun(List<TextSpan> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count)
        {
            var t = tokens[j].Text;
            if (IsNameToken(t) && (j == i || (!StartsOtherActor(tokens, i, j) && (_matcher.MatchRole(tokens, j) is null || IsFamilyNameNotTitle(tokens, i, j) || IsOfficesOwner(tokens, j)))))
            {
                j++;
            }
            else if (t == "." && j > i && (NameShapes.IsInitial(tokens[j - 1].Text) || NameShapes.IsNameAbbreviation(tokens[j - 1].Text)) && j + 1 < tokens.Count && NameShapes.LooksLikeNameWord(tokens[j + 1].Text)
                     && tokens[j].Start == tokens[j - 1].End)
            {
                j++;
            }
            else if (t == "." && j > i + 1 && tokens[j - 1].Text is "Jr" or "Sr" && tokens[j].Start == tokens[j - 1].End)
            {
                j++; // "Clay Tice Jr.": the suffix and its dot close the name.
                break;
            }
            else if (j > i && t is "'s" or "’s" && tokens[j].Start == tokens[j - 1].End && j + 1 < tokens.Count && NameShapes.IsOrganisationWord(tokens[j + 1].Text))
            {
                j++; // "Howe's Brigade", "Couch's Division": a unit named after its commander.
            }
            else if (j > i && NameShapes.Connectors.Contains(t) && (t != "for" || NameShapes.IsOrganisationWord(tokens[j - 1].Text)) && j + 1 < tokens.Count && NameShapes.LooksLikeNameWord(tokens[j + 1].Text)
                     && !_gazetteer.CommonWords.Contains(tokens[j + 1].Text.ToLowerInvariant()))
            {
                j++;
            }
            else if (j > i && NameShapes.IsParticleName(t))
            {
                j++; // "Bashar al-Assad", "Ahmed el-Tayeb": an Arabic family name keeps its article joined by a hyphen.
            }
            else if (t == "and" && IsLastWordAfterAnd(tokens, i, j))
            {
                j++; // "Centers for Disease Control and Prevention": one last word after "and" ends the body's name.
            }
            else if (t == "and" && IsPairBeforeBodysHead(tokens, j))
            {
                j += 3; // "Food and Drug Administration", "Securities and Exchange Commission": the pair and the head are one name.
                break;
            }
            else if (t == "of" && j > i && j + 2 < tokens.Count && tokens[j + 1].Text == "the" && NameShapes.IsOrganisationWord(tokens[j - 1].Text)
                     && NameShapes.LooksLikeNameWord(tokens[j + 2].Text))
            {
                j += 2; // "Army of the Potomac", "Bank of the West"
            }
            else
            {
                break;
            }
        }

        return j - i;
    }

    // "the Los Angeles County Coroner's Office", "the District Attorney's Office": an office word owning a body's word names the body,
    // it introduces no holder.
    private bool IsOfficesOwner(List<TextSpan> tokens, int j) =>
        _matcher.MatchRole(tokens, j) is { } n && j + n + 1 < tokens.Count && tokens[j + n].Text is "'s" or "’s" && NameShapes.IsOrganisationWord(tokens[j + n + 1].Text);

    // "and" joins a body's name that goes on after an organisation's word and "for" or "of", when one name word ends it there
    // ("Centers for Disease Control and Prevention"); "the Department of Energy and Interior Secretary Ken Salazar" are two.
    private bool IsLastWordAfterAnd(List<TextSpan> tokens, int i, int j)
    {
        // The last word is an ordinary one ("Prevention", "Fisheries"): "the University of Chicago and Obama" are two.
        if (j + 1 >= tokens.Count || !NameShapes.LooksLikeNameWord(tokens[j + 1].Text) || _gazetteer.CommonWords.Contains(tokens[j + 1].Text.ToLowerInvariant())
            || !_gazetteer.IsDictionaryWord(tokens[j + 1].Text) || _gazetteer.GivenNames.Contains(tokens[j + 1].Text)) return false;
        if (j + 2 < tokens.Count && IsNameToken(tokens[j + 2].Text)) return false;
        return Enumerable.Range(i + 1, Math.Max(0, j - i - 2)).Any(k => tokens[k].Text is "for" or "of" && NameShapes.IsOrganisationWord(tokens[k - 1].Text));
    }

    // "the Food and Drug Administration", "the Fish and Wildlife Service", "Britain's Health and Safety Executive": a public body is
    // named by two ordinary nouns joined by "and" (the fields it oversees) before its head. Each side is one capitalised dictionary
    // word, not a name ("Ida Berg and Timber Commission staff" are two), and the name ends at the head ("Ford and General Motors" are
    // two firms).
    private bool IsPairBeforeBodysHead(List<TextSpan> tokens, int and) =>
        and >= 1 && and + 2 < tokens.Count && BodyHeads.Contains(tokens[and + 2].Text) && IsFieldNoun(tokens[and - 1].Text) && IsFieldNoun(tokens[and + 1].Text);

    private bool IsFieldNoun(string word) =>
        NameShapes.LooksLikeNameWord(word) && !NameShapes.IsAcronym(word) && _gazetteer.IsDictionaryWord(word) && !_gazetteer.CommonWords.Contains(word.ToLowerInvariant());

    // The head nouns of a public body's name.
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "Administration", "Commission", "Agency", "Authority", "Service", "Department", "Bureau", "Board", "Office", "Committee", "Council",
        "Executive", "Ministry", "Directorate", "Inspectorate", "Institute", "Tribunal",
    };

    // Acronyms join name runs ("FC Basel", "BBC Radio") and stand alone as organisations ("NCAA"); "TV" or "DVD" do not.
    private static bool IsNameToken(string t) => NameShapes.LooksLikeNameWord(t) || (NameShapes.IsAcronym(t) && !NameShapes.IsNonNameAcronym(t));

    private static string? CountryBefore(List<TextSpan> tokens, int roleStart, List<ActorMention> mentions)
    {
        if (mentions.Count == 0 || roleStart == 0) return null;
        var last = mentions[^1];
        if (last.Kind != ActorKind.Country) return null;
        var previous = tokens[roleStart - 1];
        var adjacent = last.End == previous.Start + previous.Length
            || (previous.Text is "'s" or "’s" && roleStart >= 2 && last.End == tokens[roleStart - 2].Start + tokens[roleStart - 2].Length);
        return adjacent ? last.Name : null;
    }

    // "former" or "ex" right before the office, or before the one name of the place or body it is held in ("Former Kansas Governor").
    private static bool FormerBefore(List<TextSpan> tokens, int role)
    {
        for (var k = role - 1; k >= 0 && k >= role - 2; k--)
        {
            var word = tokens[k].Text.TrimEnd('-');
            if (word is "former" or "Former" or "ex" or "Ex") return true;
            if (!NameShapes.IsCapitalised(tokens[k].Text)) return false;
        }

        return false;
    }

    private static string RoleText(List<TextSpan> tokens, int start, int length)
    {
        // "Mr." is two tokens, "Mr" and ".": the dot alone leaves an empty word.
        var words = tokens.Skip(start).Take(length).Select(t => t.Text.TrimEnd('.')).Where(w => w.Length > 0);
        // "Rear Adm. Mary Landry": the title written short is the title.
        return string.Join(' ', words.Select(w => w == "Adm" ? "Admiral" : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    internal static ActorMention Person(List<TextSpan> tokens, int start, int length, string? role, string? country) =>
        Mention(tokens, start, length, null) with { Kind = ActorKind.Person, Role = role, Country = country };

    internal static ActorMention Mention(List<TextSpan> tokens, int start, int length, GazetteerEntry? entry)
    {
        var text = GazetteerMatcher.Join(tokens, start, length);
        return new ActorMention
        {
            Start = tokens[start].Start,
            Text = text,
            Kind = entry?.Kind ?? ActorKind.Person,
            Name = entry?.Name ?? text,
            Country = entry?.Country,
            IsDemonym = entry?.IsDemonym ?? false,
        };
    }

}
