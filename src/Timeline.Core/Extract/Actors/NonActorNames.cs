using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Names that are written like an actor's but name something else: an occasion or an operation ("White House Correspondents
/// Dinner", "Operation Top Kill"), a bare title ("Interior Secretary"), a list of given names read as one name, a state's postal
/// abbreviation ("Fla", "La"), an influenza subtype ("H1N1"), a numbered model ("A380", "Boeing 737"), or initials the article writes in the plural, as a common noun's ("ROVs",
/// "BOPs"). None enters the registry.
/// </summary>
internal static partial class NonActorNames
{
    // Heads of occasions' names, beside the events' words of NameShapes (wars, awards, festivals, acts): English puts the head last.
    private static readonly HashSet<string> OccasionHeads = new(StringComparer.Ordinal)
    {
        "Dinner", "Summit", "Spill", "Disaster", "Hearing", "Hearings", "Gala", "Concert", "Marathon", "Parade", "Ceremony",
    };

    // Words that open the name of an operation or a storm: "Operation Top Kill", "Hurricane Alex", "Tropical Storm Bonnie".
    private static readonly HashSet<string> OccasionOpeners = new(StringComparer.Ordinal) { "Operation", "Hurricane", "Typhoon", "Cyclone", "Tropical" };

    // Heads of the names of documents and of bills: "Health Care Bill", "Fifth Amendment", "National Contingency Plan", "Material Safety
    // Data Sheets" name a text, which says and does nothing; the body that wrote it is the actor.
    private static readonly HashSet<string> DocumentHeads = new(StringComparer.Ordinal)
    {
        "Bill", "Bills", "Amendment", "Plan", "Sheet", "Sheets", "Memo", "Manual", "Guidelines", "Regulations",
    };

    private static readonly HashSet<string> StepWords = new(StringComparer.Ordinal) { "Plan", "Phase", "Stage", "Step", "Option", "Scenario" };

    // Heads that English writes alone, capitalised, as the proper name of one body or sea the story is about ("Congress voted", "the
    // Senate", "oil reached the Gulf"); a newspaper's word, which is the short name of the one paper it ends ("the Times"); and "Empire",
    // a name in its own right (a town's, an empire's) rather than the head of a kind of place.
    private static readonly HashSet<string> HeadsNamingOne = new(StringComparer.Ordinal)
    {
        "Congress", "Senate", "Parliament", "Cabinet", "Navy", "Army", "Gulf", "Times", "Post", "Journal", "Herald", "Tribune", "Chronicle", "Gazette",
        "Empire",
    };

    /// <summary>Whether the name is not an actor's, whatever the article says around it; a name the gazetteer knows is one.</summary>
    public static bool IsNotAnActor(Gazetteer gazetteer, string body, Actor actor)
    {
        if (actor.Kind == ActorKind.Country) return false;
        // "Ltd", "Inc": a legal form alone, cut from the firm it ended, whatever list of firms has it.
        if (NameVariants.IsLegalForm(actor.Name)) return true;
        if (gazetteer.Find(actor.Name) is not null) return false;
        var words = actor.Name.Split(' ');
        // "Kestrel Spill-style", "Halvor-led", "Vell-era": a name made into a modifier of the noun after it names nothing itself.
        if (ModifierSuffixRegex().IsMatch(words[^1])) return true;
        if (words.Length > 1 && (OccasionHeads.Contains(words[^1]) || NameShapes.IsEventWord(words[^1]) || OccasionOpeners.Contains(words[0]))) return true;
        // "Interior Secretary", "Vice President": a bare title names an office, not who holds it; a person's name follows it or is missing.
        if (words.Length > 1 && actor.Kind != ActorKind.Person && gazetteer.Roles.Contains(words[^1].ToLowerInvariant())) return true;
        if (words.Length > 1 && actor.Kind != ActorKind.Person && DocumentHeads.Contains(words[^1])) return true;
        // "Vell Reacts", "Halvor Vows": a headline's subject and its verb, capitalised as a headline's words are; a body's name ends in a noun.
        if (words.Length > 1 && actor.Kind != ActorKind.Person && gazetteer.IsFiniteVerbOnly(words[^1])) return true;
        // "Mabel Gwendolin Irene Martin Owen": given names strung together are a list of people read as one name.
        if (words.Length >= 6 && words.All(NameShapes.IsCapitalised) && words.Count(gazetteer.GivenNames.Contains) >= 4) return true;
        // "Plan B", "Phase 2": a step of a plan or a project, named by a letter or a number.
        if (words is [var step, var mark] && StepWords.Contains(step) && (mark.Length == 1 || mark.All(char.IsDigit))) return true;
        // "Fans of Michael", "Details of Cameron": a common noun and "of" before a given name cut from the name that goes on after it.
        if (words is [var noun, "of", var given] && gazetteer.IsOrdinaryOrAdjective(noun) && !gazetteer.GivenNames.Contains(noun)
            && !NameShapes.IsOrganisationWord(noun) && !NameShapes.IsPlaceWord(noun) && gazetteer.GivenNames.Contains(given)) return true;
        // "A380", "Boeing 737", "Airbus A350": a model, numbered by its maker, is a product, which does nothing itself.
        if (ModelNumberRegex().IsMatch(words[^1])) return true;
        if (words.Length > 1) return false;
        var name = words[0].TrimEnd('.');
        if (NameShapes.IsStateAbbreviation(name)) return true;
        // "H1N1", "H5N1": an influenza subtype, named by its two surface proteins, is a virus, not one who acts.
        if (InfluenzaSubtypeRegex().IsMatch(name)) return true;
        // "cut BP's credit rating to BBB", "downgraded it to Baa2 from A3": a grade on the agencies' scales is a rating, not a body,
        // where the article speaks of ratings at each of its uses; elsewhere "AA" may be an association's initials.
        if (IsRatingGrade(actor.Name, body)) return true;
        // "University", "Trust", "Bay", "City", "Ltd": the head of a name alone, cut from the words that said which one ("Tulane
        // University", "Mobile Bay", "Halvor Ltd") or capitalised at the head of a sentence, names no actor.
        if ((NameShapes.IsOrganisationWord(words[0]) || NameShapes.IsPlaceWord(words[0])) && !HeadsNamingOne.Contains(words[0])) return true;
        // "the ROVs", "two BOPs": initials with a plural ending are a thing's, as no organisation is counted. Only when the plural is
        // a usual form of them: one "BPs" among a hundred "BP" is a possessive without its apostrophe.
        if (!NameShapes.IsAcronym(name)) return false;
        var plurals = Regex.Count(body, @"\b" + Regex.Escape(name) + @"s\b", RegexOptions.CultureInvariant);
        return plurals > 0 && plurals * PluralShare >= plurals + Regex.Count(body, @"\b" + Regex.Escape(name) + @"\b", RegexOptions.CultureInvariant);
    }

    // A grade of the rating agencies' scales ("AA", "BBB-", "Baa2"), each use of it within a few words of a word of rating.
    private static bool IsRatingGrade(string name, string body)
    {
        if (name.Length < 2 || !RatingGradeRegex().IsMatch(name)) return false;
        var uses = Regex.Matches(body, @"(?<![\w-])" + Regex.Escape(name) + @"(?![\w+-])", RegexOptions.CultureInvariant);
        return uses.Count > 0 && uses.All(u =>
        {
            // Within the sentence: "lost its AA rating. The AA said" speaks of the association in the second.
            var from = Math.Max(Math.Max(0, u.Index - Window), body.LastIndexOf(". ", u.Index, StringComparison.Ordinal) + 1);
            var stop = body.IndexOf(". ", u.Index + u.Length, StringComparison.Ordinal);
            var to = Math.Min(Math.Min(body.Length, u.Index + u.Length + Window), stop < 0 ? body.Length : stop);
            return RatingWordRegex().IsMatch(body[from..to]);
        });
    }

    // How far, in characters, a word of rating may stand from the grade it speaks of.
    private const int Window = 60;

    // Initials are a thing's when at least one of their uses in this many is plural.
    private const int PluralShare = 4;

    /// <summary>
    /// "HD", "UL", "N.C.": two capital letters the gazetteer does not know say too little to name an actor (a format, a state, initials)
    /// unless an article spells them out, when they join that name; an entry so named is let in only by an event it takes part in.
    /// </summary>
    public static bool IsBareLetters(Gazetteer gazetteer, Actor actor) =>
        actor.Kind != ActorKind.Country && gazetteer.Find(actor.Name) is null
        && actor.Name.Replace(".", "", StringComparison.Ordinal) is { Length: 2 } letters && letters.All(char.IsUpper);

    // Standard & Poor's and Fitch ("AAA" to "C", a plus or a minus), Moody's ("Aaa" to "Ca", a digit).
    [GeneratedRegex(@"^(?:(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]?|(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca)[1-3])$", RegexOptions.CultureInvariant)]
    private static partial Regex RatingGradeRegex();

    [GeneratedRegex(@"\b(?:ratings?|rated|downgrad\w*|upgrad\w*|investment[ -]grade|junk)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RatingWordRegex();

    [GeneratedRegex(@"^H\d{1,2}N\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex InfluenzaSubtypeRegex();

    // Letters, if any, then three digits or more, and a variant after a hyphen or in letters: "A380", "737", "787-9", "A320neo", "F-150".
    [GeneratedRegex(@"^[A-Z]{0,3}-?[0-9]{3,}(?:-[0-9]{1,3}|[a-zA-Z]{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNumberRegex();

    [GeneratedRegex(@"\p{L}-(?:style|like|era|based|led|backed|owned|run|linked|related|funded|sponsored|inspired|type)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModifierSuffixRegex();
}
