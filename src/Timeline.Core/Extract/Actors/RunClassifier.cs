using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Decides what a run of capitalised words names (a person, an organisation, a place, or no actor), from
/// its words, the words around it and the gazetteer's word lists. Pure and thread-safe.
/// </summary>
internal sealed class RunClassifier(Gazetteer gazetteer)
{
    private readonly DefinitionCue _definition = new(gazetteer);

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "county", "state", "province", "region", "port", "island", "municipality", "suburb", "district",
        "capital", "hamlet", "parish", "borough", "township", "settlement", "republic", "kingdom", "emirate", "oblast", "prefecture",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "near", "at", "outside", "across", "around", "via" };

    /// <summary>Trims the run to the name it holds and classifies it; null when it names no actor.</summary>
    public ActorMention? Unknown(List<TextSpan> tokens, int start, int length)
    {
        if (IsQuoted(tokens, start, length)) return null;

        // A capitalised "The" inside a sentence belongs to the name ("a tour with The Used").
        var keepThe = tokens[start].Text == "The" && length >= 2 && !IsSentenceStart(tokens, start);
        if (keepThe)
        {
            start++;
            length--;
        }

        // "A Beautiful Lie", "Time Has Taken Its Toll": an article inside a sentence, or small words written with capitals,
        // mark the title of a work, not an actor.
        if ((tokens[start].Text is "A" or "An" && !IsSentenceStart(tokens, start)) || HasTitleCaseSmallWord(tokens, start, length)) return null;

        // Common words at the edges are sentence starters or heading words, not names ("However", "The").
        // A compass word stays when a name follows it ("Western Force", "Southern Cross Broadcasting").
        while (length > 0 && ((gazetteer.CommonWords.Contains(tokens[start].Text.ToLowerInvariant()) && !(length > 1 && NameShapes.IsCompassWord(tokens[start].Text)))
                              || (length > 1 && gazetteer.Roles.Contains(tokens[start].Text.ToLowerInvariant()))))
        {
            keepThe = false;
            start++;
            length--;
        }

        while (length > 0 && gazetteer.CommonWords.Contains(tokens[start + length - 1].Text.ToLowerInvariant()))
        {
            length--;
        }

        if (length == 0 || IsQuoted(tokens, start, length)) return null;
        if (TitleBeforeName(tokens, start, length) is { } k) return ActorRecognizer.Person(tokens, start + k, length - k, null, null);
        var mention = Classify(tokens, start, length, knownStart: false);

        // What the sentence says the name is outweighs what its shape suggests.
        // A dictionary word opening the sentence is a name only where an apposition of its trade follows ("Fiat, the Italian carmaker,").
        if ((!(length == 1 && IsSentenceStart(tokens, start) && gazetteer.IsDictionaryWord(tokens[start].Text)) || _definition.TradeAfter(tokens, start + length))
            && _definition.After(tokens, start + length) is { } defined && (mention is null || mention.Kind != defined || mention.IsPartial))
        {
            return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = defined };
        }

        // "the Italian carmaker Fiat": the trade written before a name says what it is, as a title says a person.
        if (mention is null or { IsPartial: true } || (mention.Kind == ActorKind.Person && !mention.Name.Contains(' ', StringComparison.Ordinal)))
        {
            if (_definition.Before(tokens, start, length) is { } trade) return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = trade };
        }

        // "the 65th Air Division", "the 139th": a unit's number belongs to its name.
        // "sending 400 Household Cavalry": a number of a hundred or more is a count of soldiers, unless a formation's word ends the
        // name ("101 Logistic Brigade").
        if (mention is { Kind: ActorKind.Organisation } && start > 0 && NameShapes.IsUnitNumber(tokens[start - 1].Text) && !keepThe
            && !(tokens[start - 1].Text.All(char.IsDigit) && tokens[start - 1].Text.Length >= 3 && !Formations.Contains(tokens[start + length - 1].Text)))
        {
            return ActorRecognizer.Mention(tokens, start - 1, length + 1, null) with { Kind = ActorKind.Organisation };
        }

        if (keepThe && mention is not null && !(mention.Kind == ActorKind.Person && !mention.IsPartial))
        {
            return ActorRecognizer.Mention(tokens, start - 1, length + 1, null) with { Kind = ActorKind.Organisation };
        }

        return mention;
    }

    // Words of a military formation that carries a number in its name.
    private static readonly HashSet<string> Formations = new(StringComparer.Ordinal)
    {
        "Brigade", "Regiment", "Squadron", "Battalion", "Division", "Corps", "Wing", "Group", "Commando", "Fleet", "Battery", "Company", "Flotilla",
    };

    /// <summary>What a run of capitalised words names, from its words and the word before it; null when it names no actor.</summary>
    public ActorMention? Classify(List<TextSpan> tokens, int start, int length, bool knownStart)
    {
        var words = tokens.Skip(start).Take(length).Select(t => t.Text).ToList();
        var before = start > 0 ? tokens[start - 1].Text : null;
        if (words.Exists(NameShapes.IsEventWord)) return null; // "Battle of Antietam", "World Cup": events, not actors.
        if (words.Exists(NameShapes.IsOrganisationWord)) return Organisation(tokens, start, length);
        if (NameShapes.IsPlaceWord(words[^1]) || NameShapes.IsPlaceWord(words[0])) return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = ActorKind.Place };
        if (knownStart)
        {
            // A city followed by a plural name, an ordinary word or an acronym is its team or its firm ("Boston Bruins", "Perth Glory", "Montreal HC").
            var teamLike = NameShapes.IsPluralName(words[^1]) || (length == 2 && NameShapes.IsAcronym(words[1]) && !NameShapes.IsRomanNumeral(words[1])) || (length <= 3 && gazetteer.IsDictionaryWord(words[^1]) && !gazetteer.IsDictionaryWord(words[0]));
            return length >= 2 && teamLike ? Organisation(tokens, start, length) : null;
        }

        // "St. Johnsbury", "the town of Hiram": a saint's abbreviation or a place noun before "of" makes a place.
        if (NameShapes.IsNameAbbreviation(words[0]) && length >= 3) return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = ActorKind.Place };
        if (start >= 2 && before == "of" && PlaceNouns.Contains(tokens[start - 2].Text)) return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = ActorKind.Place };

        if (length == 1 && NameShapes.IsAcronym(words[0])) return NameShapes.IsRomanNumeral(words[0]) ? null : Organisation(tokens, start, 1);
        // Two ordinary words that do not start with a given name are a band's or a firm's name ("Velvet Revolver").
        if (length == 2 && words.TrueForAll(gazetteer.IsDictionaryWord) && !gazetteer.GivenNames.Contains(words[0])) return Organisation(tokens, start, length);
        if (length >= 2 && LooksLikePerson(words)) return ActorRecognizer.Person(tokens, start, length, null, null);
        var knownName = gazetteer.GivenNames.Contains(words[0]);
        if (before is not null && PlacePrepositions.Contains(before) && !(length == 1 && knownName))
        {
            return ActorRecognizer.Mention(tokens, start, length, null) with { Kind = ActorKind.Place };
        }

        // A plural second word names a team ("Fremantle Dockers"); two unknown name-shaped words are most often
        // a person from a culture the name lists miss ("Tomo Milicevic").
        if (length == 2 && NameShapes.IsPluralName(words[1]) && !gazetteer.GivenNames.Contains(words[0])) return Organisation(tokens, start, length);
        if (length == 2 && words.TrueForAll(NameShapes.LooksLikeNameWord)) return ActorRecognizer.Person(tokens, start, length, null, null);

        if (length >= 2) return Organisation(tokens, start, length);
        if (!NameShapes.LooksLikeNameWord(words[0])) return null;
        if (NameShapes.IsScore(tokens, start + 1) && !gazetteer.GivenNames.Contains(words[0])) return Organisation(tokens, start, 1); // "beat Arsenal 2-0"

        var standsAlone = gazetteer.GivenNames.Contains(words[0]) && !gazetteer.IsDictionaryWord(words[0]);
        var sentenceCapital = IsSentenceStart(tokens, start) && gazetteer.IsDictionaryWord(words[0]);
        var partial = ActorRecognizer.Person(tokens, start, 1, null, null) with { IsPartial = true, StandsAlone = standsAlone, IsSentenceCapital = sentenceCapital };

        // "Yeltsin said": a known person's family name alone; the article may still name another person so. A given name or a
        // family name many people bear ("Davis", "Valdez") is the leader only in a story of the leader's country (see ActorResolver).
        // "unveiled the Nano, a small car": news writes no article before a person's family name that heads its phrase ("the Obama
        // administration" is a modifier), so a known family name after "the" or "a" ends no one's name.
        if (!gazetteer.IsDictionaryWord(words[0]) && !AfterArticleAlone(tokens, start) && gazetteer.IsKnownSurname(words[0], out var known))
        {
            var common = gazetteer.GivenNames.Contains(words[0]) || gazetteer.NameWords.Contains(words[0]);
            return partial with { StandsAlone = true, Name = known?.Name ?? words[0], Country = known?.Country, IsCommonFamilyName = common };
        }

        return partial;
    }

    private static bool AfterArticleAlone(List<TextSpan> tokens, int start) =>
        start > 0 && tokens[start - 1].Text is "the" or "The" or "a" or "an"
        && (start + 1 >= tokens.Count || !tokens[start + 1].Text.Any(char.IsLetterOrDigit));

    // A person's name starts with a given name or an initial ("J. R. R. Tolkien"), or ends with a known family name.
    public bool LooksLikePerson(List<string> words)
    {
        var first = words[0];
        if (gazetteer.GivenNames.Contains(first) || NameShapes.IsInitial(first)) return true;
        var last = words[^1];
        return words.Count <= 3 && (gazetteer.NameWords.Contains(last) || gazetteer.GivenNames.Contains(last))
            && words.TrueForAll(w => NameShapes.IsInitial(w) || gazetteer.NameWords.Contains(w) || gazetteer.GivenNames.Contains(w) || NameShapes.Connectors.Contains(w));
    }

    /// <summary>"A run is inside quotation marks": the title of a song, a book or a show, not an actor.</summary>
    private static bool IsQuoted(List<TextSpan> tokens, int start, int length) =>
        start > 0 && start + length < tokens.Count && tokens[start - 1].Text is "\"" or "“" && tokens[start + length].Text is "\"" or "”";

    /// <summary>Where the name starts after an occupation or title written before it ("Engineer John Greiner"), if it does.</summary>
    private int? TitleBeforeName(List<TextSpan> tokens, int start, int length)
    {
        for (var k = 1; k < length - 1; k++)
        {
            var word = tokens[start + k - 1].Text;
            if (!gazetteer.IsDictionaryWord(word) || gazetteer.GivenNames.Contains(word)) return null;
            var rest = tokens.Skip(start + k).Take(length - k).Select(t => t.Text).ToList();
            if (rest.Exists(w => NameShapes.IsOrganisationWord(w) || NameShapes.IsPlaceWord(w) || NameShapes.IsEventWord(w))) return null;
            if (gazetteer.GivenNames.Contains(rest[0]) && LooksLikePerson(rest)) return k;

            // "Juniors Erique Dozier": name words no dictionary knows, after ordinary ones.
            if (rest.TrueForAll(w => NameShapes.LooksLikeNameWord(w) && !gazetteer.IsDictionaryWord(w))) return k;
        }

        return null;
    }

    private bool HasTitleCaseSmallWord(List<TextSpan> tokens, int start, int length)
    {
        for (var k = start + 1; k < start + length - 1; k++)
        {
            var word = tokens[k].Text;
            if (NameShapes.IsCapitalised(word) && gazetteer.CommonWords.Contains(word.ToLowerInvariant())) return true;
        }

        return false;
    }

    // The sentence's first word, past its punctuation, or the first word after a wire dateline ("LONDON (Reuters) - The Bank of
    // England", "HOUSTON, May 27 -- The"): a dash after words that are all capitalised or numbers (a place, a date, an agency).
    private static bool IsSentenceStart(List<TextSpan> tokens, int start)
    {
        var words = Enumerable.Range(0, start).Where(k => tokens[k].Text.Any(char.IsLetterOrDigit)).ToList();
        if (words.Count == 0) return true;
        return tokens[start - 1].Text is "-" or "--" or "\u2013" or "\u2014" && words.Count <= 8
            && words.TrueForAll(k => tokens[k].Text[0] is var c && (char.IsUpper(c) || char.IsDigit(c))) && words.Exists(k => tokens[k].Text.All(c => !char.IsLower(c)) && tokens[k].Text.Count(char.IsLetter) >= 2);
    }

    private static ActorMention Organisation(List<TextSpan> tokens, int start, int length) =>
        ActorRecognizer.Mention(tokens, start, length, null) with { Kind = ActorKind.Organisation };
}
