using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// Finds registry entries that name an actor another entry names in full, across the articles: an acronym and its
/// expansion ("EPA", "Environmental Protection Agency"), a family name and the one person of the registry who
/// bears it ("Svanberg", "Carl-Henrik Svanberg"), and the other ways news writes one name (<see cref="NameVariants"/>).
/// Two people sharing a family name stay two, and so does the name.
/// </summary>
public static partial class ActorDuplicates
{
    // The heads of institutions' names, which news drops to name the field ("Homeland Security", "Environmental Law"); a paper or a
    // bureau named after a place or a firm ("Florida Keys News Bureau", "BP Oil News") is another entity than the place or the firm.
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "Department", "Ministry", "Committee", "Commission", "Agency", "Institution", "Institute", "University", "College", "Association", "Council",
        "Center", "Centre", "Foundation", "Society", "Administration", "Authority", "Service", "Board",
    };

    // Heads that add nothing to whom a name names ("Fitch Ratings" is "Fitch"), and those that do so only after a broadcaster's or a
    // promoter's letters ("CBS News", "AEG Live"); a place's, after a name the gazetteer does not know as another place ("Chandeleur Islands").
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal) { "Group", "Holdings", "Ratings" };

    private static readonly HashSet<string> AcronymHeads = new(StringComparer.Ordinal) { "News", "Live" };

    // The words a firm's full name puts after the name news calls it by ("Apache Energy", "Anadarko Petroleum Corp", "Toyota Motor Corp"), which a committee's
    // or a ministry's field can be too ("Senate Energy"): only a firm's, when the full name has its legal form or the gazetteer knows the
    // short name as a body.
    private static readonly HashSet<string> CompanyHeads = new(StringComparer.Ordinal)
    {
        "Petroleum", "Energy", "Oil", "Gas", "Resources", "Industries", "International", "Motor", "Motors", "Automobiles", "Aerospace", "Aircraft", "Airlines", "Airways",
    };

    /// <summary>Whether <paramref name="word"/> ends a company's name the way "Motors" ends "Tata Motors" ("Petroleum", "Airlines").</summary>
    internal static bool IsCompanyHead(string word) => CompanyHeads.Contains(word);

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal) { "Bay", "Islands" };

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "at", "to", "&" };

    /// <summary>The registry with each duplicate folded into its full entry, and the ids folded away (old id to new id).</summary>
    /// <remarks>
    /// Where several entries fit (a name spelled two ways, "Carl-Henrik" and "Carl-Henric Svanberg"), the one the articles
    /// name far the most often (<see cref="Dominance"/> times the next, in <paramref name="sentences"/>) takes it; else none does.
    /// </remarks>
    public static (List<Actor> Registry, Dictionary<string, string> Renamed) Merge(List<Actor> registry, IReadOnlyDictionary<string, int> sentences, IReadOnlySet<string> keep,
        Func<Actor, Actor, bool>? allowed = null)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = registry.ToDictionary(a => a.Id, a => (Letters: NameVariants.Letters(a.Name), Plain: Variant(a)), StringComparer.Ordinal);
        var lookup = new Lookup(new ActorNameIndex(registry, Initials), By(registry, a => forms[a.Id].Letters), By(registry, a => forms[a.Id].Plain),
            By(registry, a => NameVariants.WithoutAccentedLetters(a.Name)), Prefixes(registry), Openings(registry), forms,
            By(registry, a => IsBody(a) && forms[a.Id].Plain is { } plain ? NameVariants.Letters(plain) : null),
            By(registry, a => a.Kind == ActorKind.Person ? NameVariants.VowelSkeleton(a.Name) : null));
        var undecided = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var actor in registry.Where(a => !keep.Contains(a.Id)))
        {
            var fits = Candidates(actor, lookup, sentences).OrderByDescending(a => sentences.GetValueOrDefault(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            // A fit the caller does not allow leaves the entry apart, as one more candidate would: the others are not the only ones.
            if (allowed is not null && !fits.TrueForAll(a => allowed(actor, a))) continue;
            if (fits.Count == 1 || (fits.Count > 1 && sentences.GetValueOrDefault(fits[0].Id) >= Dominance * Math.Max(1, sentences.GetValueOrDefault(fits[1].Id))))
            {
                renamed[actor.Id] = fits[0].Id;
            }
            else if (fits.Count > 1)
            {
                undecided[actor.Id] = [.. fits.Select(a => a.Id)];
            }
        }

        // "MSRC" fits "Marine Spill Response Corp" and "Marine Spill Response", which are one actor, the first merging into the second:
        // entries that fit and are all the same actor leave no choice to make.
        foreach (var (id, fits) in undecided)
        {
            var targets = fits.Select(f => renamed.GetValueOrDefault(f, f)).Distinct(StringComparer.Ordinal).ToList();
            if (targets is [var only] && only != id) renamed[id] = only;
        }

        var byId = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // "SEC" (of "SEC filings") read as the initials of "Senate Energy Committee", the short name of "Senate Energy and Natural
        // Resources Committee": news gives no initials to a short name that leaves a field out, so they are some other body's.
        foreach (var from in renamed.Keys.Where(f => IsInitialsOfAShortName(byId[f], byId[renamed[f]], renamed, byId)).ToList()) renamed.Remove(from);
        if (renamed.Count == 0) return (registry, renamed);
        Collapse(renamed);
        foreach (var (from, to) in renamed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (gone, full) = (byId[from], byId[to]);
            // "Americas Bob Dudley", "Washington Barack Obama", "Bobby Jindal Louisiana": a person's full name with a stray word or a title
            // glued before or after it is no other name of the person, and the full name says all of it.
            // What an article took for the family name of "Bobby Jindal Louisiana" ("Louisiana") is none of the person's names either.
            var glued = full.Kind == ActorKind.Person && gone.Name.StartsWith(full.Name + " ", StringComparison.Ordinal);
            var aliases = full.Aliases.Union(glued ? [] : gone.Aliases.Append(gone.Name), StringComparer.Ordinal)
                .Where(a => a != full.Name && !(full.Kind == ActorKind.Person && (a.EndsWith(" " + full.Name, StringComparison.Ordinal) || a.StartsWith(full.Name + " ", StringComparison.Ordinal))))
                .Order(StringComparer.Ordinal).ToList();
            byId[to] = full with { Aliases = aliases, Role = full.Role ?? gone.Role, Country = full.Country ?? gone.Country };
        }

        return ([.. registry.Where(a => !renamed.ContainsKey(a.Id)).Select(a => byId[a.Id])], renamed);
    }

    /// <summary>Whether <paramref name="acronym"/>, a body's name of three letters or more, is the initials of <paramref name="full"/>'s name.</summary>
    public static bool IsInitialsOf(Actor acronym, Actor full) =>
        IsBody(acronym) && IsBody(full) && NameShapes.IsAcronym(acronym.Name) && acronym.Name.Replace(".", "", StringComparison.Ordinal) is { Length: > 2 } letters
        && full.Name.Contains(' ', StringComparison.Ordinal) && Initials(full.Name) == letters;

    private static bool IsInitialsOfAShortName(Actor acronym, Actor shortName, Dictionary<string, string> renamed, Dictionary<string, Actor> byId) =>
        IsBody(acronym) && NameShapes.IsAcronym(acronym.Name) && !shortName.Aliases.Contains(acronym.Name, StringComparer.Ordinal)
        && renamed.TryGetValue(shortName.Id, out var full) && CoordinatedFields.IsShortFor(shortName.Name, byId[full].Name);

    // "Bromwich" to "Michael R. Bromwich" to "Michael Bromwich": each folded id goes straight to the entry that stays.
    private static void Collapse(Dictionary<string, string> renamed)
    {
        foreach (var from in renamed.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var to = renamed[from];
            var seen = new HashSet<string>(StringComparer.Ordinal) { from };
            while (renamed.TryGetValue(to, out var next) && seen.Add(to)) to = next;
            if (to == from || renamed.ContainsKey(to)) renamed.Remove(from); // a ring of names: none of them folds
            else renamed[from] = to;
        }
    }

    /// <summary>The actor's events and places under the ids of the entries the duplicates were folded into.</summary>
    public static TimelineEvent Rename(TimelineEvent e, Dictionary<string, string> renamed)
    {
        if (renamed.Count == 0 || (!e.Actors.Exists(renamed.ContainsKey) && (e.Place is null || !renamed.ContainsKey(e.Place)))) return e;
        return e with
        {
            Actors = [.. e.Actors.Select(a => renamed.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal)],
            Place = e.Place is { } p ? renamed.GetValueOrDefault(p, p) : null,
        };
    }

    /// <summary>Sentences naming a person that make the person one the articles are about.</summary>
    public const int MainCharacter = 10;

    /// <summary>How many times more sentences the likeliest of several fitting entries needs than the next.</summary>
    public const int Dominance = 3;

    // The registry looked up by name, last word, initials, letters and plainer form: no scan of it per entry.
    private sealed record Lookup(ActorNameIndex Index, Dictionary<string, List<Actor>> ByLetters, Dictionary<string, List<Actor>> ByPlain,
        Dictionary<string, List<Actor>> ByUnaccented, Dictionary<string, List<Actor>> ByPrefix, Dictionary<string, List<Actor>> ByOpening,
        Dictionary<string, (string Letters, string? Plain)> Forms, Dictionary<string, List<Actor>> ByPlainLetters, Dictionary<string, List<Actor>> BySkeleton);

    // Each organisation under the first two or more words of its name, short of the whole.
    private static Dictionary<string, List<Actor>> Prefixes(List<Actor> registry)
    {
        var index = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var actor in registry.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Group))
        {
            var words = actor.Name.Split(' ');
            for (var n = 2; n < words.Length; n++)
            {
                // "Bureau of Ocean Energy Management, Regulation and Enforcement" under "Bureau of Ocean Energy Management" too.
                var key = string.Join(' ', words.Take(n)).TrimEnd(',');
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(actor);
            }
        }

        return index;
    }

    // Every entry, of any kind, under each run of its first words short of the whole name ("New York" of "New York Times").
    private static Dictionary<string, List<Actor>> Openings(List<Actor> registry)
    {
        var index = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var actor in registry)
        {
            for (var space = actor.Name.IndexOf(' ', StringComparison.Ordinal); space > 0; space = actor.Name.IndexOf(' ', space + 1))
            {
                var key = actor.Name[..space];
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(actor);
            }
        }

        return index;
    }

    private static Dictionary<string, List<Actor>> By(List<Actor> registry, Func<Actor, string?> key)
    {
        var index = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var actor in registry)
        {
            if (key(actor) is not { } k) continue;
            if (!index.TryGetValue(k, out var list)) index[k] = list = [];
            list.Add(actor);
        }

        return index;
    }

    // The entries each rule below allows; the caller ranks them by how often the articles name them, so order does not matter.
    private static IEnumerable<Actor> Candidates(Actor actor, Lookup lookup, IReadOnlyDictionary<string, int> sentences)
    {
        var (registry, forms) = (lookup.Index, lookup.Forms);
        // "The Coast Guard" is "Coast Guard"; "Chief Financial Officer Byron Grote" is "Byron Grote", role words and all.
        if (actor.Name.StartsWith("The ", StringComparison.Ordinal)) return registry.Named(actor.Name[4..]);

        // "US" and "U.S.", "Bp" and "BP": the same letters join the entry named more often (or first, at a tie), so never both ways.
        var (key, plain) = forms[actor.Id];
        var own = sentences.GetValueOrDefault(actor.Id);
        var same = lookup.ByLetters[key].Where(a => a.Id != actor.Id
            && (sentences.GetValueOrDefault(a.Id) > own || (sentences.GetValueOrDefault(a.Id) == own && string.CompareOrdinal(a.Id, actor.Id) < 0))).ToList();
        // All spell one entity, so the one named most often takes it, however close the next.
        if (same.Count > 0) return same.OrderByDescending(a => sentences.GetValueOrDefault(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal).Take(1);

        // "US" or "UK" read as an organisation or a place beside the country "United States": the letters the gazetteer gives the
        // country are the country ("American", a demonym, and "America" are words of their own, so only letters fold).
        if (actor.Kind != ActorKind.Country && NameShapes.IsAcronym(actor.Name) && Gazetteer.Default.Find(actor.Name) is { Kind: ActorKind.Country, IsDemonym: false } country
            && country.Name != actor.Name)
        {
            var countries = registry.Named(country.Name).Where(a => a.Kind == ActorKind.Country).ToList();
            if (countries.Count > 0) return countries;
        }

        // "Felipe Caldern" is "Felipe Calderón" read with the wrong encoding: the letters a page lost join the name that kept them.
        if (lookup.ByUnaccented.GetValueOrDefault(key) is { } accented && !NameVariants.HasAccentedLetters(actor.Name))
        {
            return accented.Where(a => a.Id != actor.Id && SameKind(a, actor));
        }

        // "National Oceanic and Atmosphere Administration" is "... Atmospheric ...": an organisation's name with one word's ending
        // written otherwise joins the spelling the articles write more often (or the first, at a tie), so never both ways.
        if (actor.Kind is ActorKind.Organisation or ActorKind.Group && actor.Name.Split(' ').Length >= 3)
        {
            var respelled = registry.WithInitials(Initials(actor.Name)).Where(a => a.Id != actor.Id && IsRespelling(actor.Name, a.Name)
                && (sentences.GetValueOrDefault(a.Id) > own || (sentences.GetValueOrDefault(a.Id) == own && string.CompareOrdinal(a.Id, actor.Id) < 0))
                // Another head word is a slip of the pen only beside the one the articles write more often: "Agency" once and
                // "Administration" once leave no way to tell which is the body's name.
                && (!IsOtherAgencyHead(actor.Name, a.Name) || sentences.GetValueOrDefault(a.Id) > own)).ToList();
            // "Organisation for Animal Health" ends "World Organization for Animal Health", however spelled: a fragment joins the full
            // name below, not another fragment.
            if (respelled.Count > 0 && " " + AmericanSpelled(actor.Name) is var spelled
                && !registry.WithLastWord(actor.Name.Split(' ')[^1]).Any(a => a.Name.Length > actor.Name.Length && AmericanSpelled(a.Name).EndsWith(spelled, StringComparison.Ordinal)))
                return respelled;
        }

        // "Halliburton Co" and "Halliburton", "Bob Dudley" and "Robert Dudley": the way the articles write more often stays.
        // "Exxon Mobil Corp" and "ExxonMobil": a firm's plainer name written with or without its spaces, by the spelling the articles
        // write most often of those that are one (as above).
        var plainer = plain is null ? [] : registry.Named(plain).Concat(IsBody(actor) ? MostNamed(lookup.ByLetters.GetValueOrDefault(NameVariants.Letters(plain)), sentences) : [])
            .Where(a => sentences.GetValueOrDefault(a.Id) >= own);
        var fuller = (lookup.ByPlain.GetValueOrDefault(actor.Name) ?? []).Concat(IsBody(actor) ? MostNamed(lookup.ByPlainLetters.GetValueOrDefault(key), sentences) : [])
            .Where(a => sentences.GetValueOrDefault(a.Id) > own);
        // "Bill Nungesser" and "Billy Nungesser": two familiar forms of one given name, the way the articles write more often (or the
        // first, at a tie) stays.
        var formal = actor.Kind == ActorKind.Person ? NameVariants.Formal(actor.Name) : null;
        var siblings = formal is null ? [] : (lookup.ByPlain.GetValueOrDefault(formal) ?? []).Where(a => a.Kind == ActorKind.Person && NameVariants.Formal(a.Name) == formal
            && sentences.GetValueOrDefault(a.Id) is var n && (n > own || (n == own && string.CompareOrdinal(a.Id, actor.Id) < 0)));
        var variants = plainer.Concat(fuller).Concat(siblings).Where(a => a.Id != actor.Id && SameKind(a, actor)).Distinct().ToList();
        if (variants.Count > 0) return variants;

        var words = actor.Name.Split(' ');
        // "Interior" where one article wrote "the Department of the Interior" and then "Interior": a field's word alone is the one
        // department of the registry an article called by it, as its name says ("the White House" called "House" is not the House's).
        if (IsBody(actor) && words.Length == 1
            && registry.WithAlias(actor.Name).Where(a => a.Id != actor.Id && SameKind(a, actor) && IsFieldOf(a.Name, actor.Name)).ToList() is [var holder])
        {
            return [holder];
        }

        if (actor.Kind is ActorKind.Organisation && words.Length >= 2 && InstitutionHeads.Contains(words[^1]))
        {
            // "Justice Department" is "Department of Justice", "U.S. Energy Department" the "Department of Energy": the head put first.
            var field = string.Join(' ', (NameVariants.WithoutCountry(actor.Name) ?? actor.Name).Split(' ')[..^1]);
            // "Interior Department" is the "Department of the Interior" too (the two spellings of that name are one, below, so one is enough).
            var inverted = registry.Named(words[^1] + " of " + field).Where(a => a.Id != actor.Id && SameKind(a, actor)).ToList();
            if (inverted.Count == 0) inverted = [.. registry.Named(words[^1] + " of the " + field).Where(a => a.Id != actor.Id && SameKind(a, actor))];
            if (inverted.Count > 0) return inverted;
        }

        if (IsBody(actor) && FieldDepartments(actor, registry) is { Count: > 0 } departments) return departments;

        if (IsBody(actor) && words.Length >= 3 && InstitutionHeads.Contains(words[^1]))
        {
            // "Senate Energy Committee" is the "Senate Energy and Natural Resources Committee", when the registry has one body so named.
            var coordinated = (lookup.ByPrefix.GetValueOrDefault(string.Join(' ', words[..^1])) ?? [])
                .Where(a => a.Id != actor.Id && IsBody(a) && CoordinatedFields.IsShortFor(actor.Name, a.Name)).ToList();
            if (coordinated.Count > 0) return coordinated;
        }

        var completed = Completions(actor, lookup, own, sentences).Distinct().ToList();
        if (completed.Count > 0) return completed;
        if (actor.Kind == ActorKind.Person && words.Length >= 2)
        {
            // "Allan Metzger" and "Allen Metzger", "Carl-Henric" and "Carl-Henrik Svanberg": one given name spelled two ways joins the
            // spelling the articles write more often (or the first, at a tie), so never both ways.
            var respelled = registry.WithLastWord(words[^1]).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id && IsGivenNameRespelling(actor.Name, a.Name)
                && SpellingStays(a, actor, own, sentences)).ToList();
            if (respelled.Count > 0) return respelled;

            // "Tom Fryar" and "Tom Fryer", "Ann Holm Vetter" and "Ann Holm-Vettar": the same given names and a family name one vowel
            // apart (not its first letter) is one person spelled two ways in a hurry; the way the articles write more often stays.
            var misspelt = registry.PersonsWithFirstWord(words[0]).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id && IsFamilyNameRespelling(actor.Name, a.Name)
                && SpellingStays(a, actor, own, sentences)).ToList();
            if (misspelt.Count > 0) return misspelt;

            // "Felina Vallnera" and "Jos Luis Vallnera" beside "Felina Vallanera" and "Jose Luis Vallanera": a page that lost its accented
            // letters ("Vallánera", "José") writes the name short of them; the plain spelling other pages give stays when the articles write
            // it at least as often (pages lose letters, they do not add them), or when its words are names the name lists know.
            var unaccented = (lookup.BySkeleton.GetValueOrDefault(NameVariants.VowelSkeleton(actor.Name)) ?? []).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id
                && NameVariants.IsWithoutLostVowels(actor.Name, a.Name, IsKnownNameWord)
                && (sentences.GetValueOrDefault(a.Id) >= own || a.Name.Split(' ').Except(actor.Name.Split(' ')).All(IsKnownNameWord))).ToList();
            if (unaccented.Count > 0) return unaccented;
        }

        if (actor.Kind is ActorKind.Organisation or ActorKind.Group && actor.Name.Contains(" of ", StringComparison.Ordinal))
        {
            // "Department of Interior" and "Department of the Interior": one name, with or without its article, the way the articles
            // write more often (or the first, at a tie) stays.
            var other = actor.Name.Contains(" of the ", StringComparison.Ordinal) ? actor.Name.Replace(" of the ", " of ", StringComparison.Ordinal)
                : actor.Name.Replace(" of ", " of the ", StringComparison.Ordinal);
            var spelled = registry.Named(other).Where(a => a.Id != actor.Id && SameKind(a, actor)
                && (sentences.GetValueOrDefault(a.Id) > own || (sentences.GetValueOrDefault(a.Id) == own && string.CompareOrdinal(a.Id, actor.Id) < 0))).ToList();
            if (spelled.Count > 0) return spelled;
        }

        // The short name and the full one: the way the articles write more often stays ("Anadarko" for "Anadarko Petroleum Corp"), the
        // full one at a tie; a broadcaster's or a place's head always stays ("CBS News", "Chandeleur Islands").
        if (Lengthened(actor, lookup, sentences) is { } lengthened && (!lengthened.ByFirmHead || sentences.GetValueOrDefault(lengthened.Longer.Id) >= own)) return [lengthened.Longer];
        var shortened = Shortened(actor, lookup, sentences).Where(a => sentences.GetValueOrDefault(a.Id) > own).ToList();
        if (shortened.Count > 0) return shortened;
        var glued = GluedAfter(actor, lookup).ToList();
        if (glued.Count > 0) return glued;
        var owned = OwnersBody(actor, lookup.Index, own, sentences).ToList();
        if (owned.Count > 0) return owned;
        // "Prince Michael" is named by the given name: no "Alun Michael".
        if (actor.Kind == ActorKind.Person && words.Length == 2 && ((IsTitle(words[0]) && !NameShapes.IsGivenNameTitle(words[0])) || NameShapes.IsInitial(words[0])))
        {
            // "President Obama", "Adm Allen": the one "Barack Obama", "Thad Allen" of the registry; "L. Landrieu", a name read
            // from its middle initial on ("Mary L. Landrieu"), the one "Mary Landrieu".
            return registry.WithLastWord(words[1]).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id && a.Name.Split(' ') is { Length: 2 } other
                && !IsTitle(other[0]));
        }

        if (actor.Kind == ActorKind.Place && words.Length == 1 && Gazetteer.Default.Find(actor.Name) is null
            && !NameShapes.IsAcronym(actor.Name))
        {
            // "Palin" taken for a place where the registry has "Sarah Palin": a family name the gazetteer knows nothing else by.
            return registry.WithLastWord(actor.Name).Where(a => a.Kind == ActorKind.Person && a.Name.Split(' ').Length == 2);
        }

        if (actor.Kind is ActorKind.Place or ActorKind.Organisation && words.Length == 1 && !NameShapes.IsAcronym(actor.Name))
        {
            // "Hayward" read as the town beside "Tony Hayward", whom the articles call "Hayward" far more often: a family name alone is
            // the one person of the registry the articles write it for, when that person is named many times as often as the place or
            // the firm ("Washington" the city stays beside "George Washington"; "Cameron" the firm beside two people named Cameron).
            var bearers = registry.WithLastWord(actor.Name).Where(a => a.Kind == ActorKind.Person && a.Name.Split(' ').Length == 2).ToList();
            // Only for a person the story is about (named in many sentences): a name met a few times ("Alice Elizabeth" in a family tree)
            // says too little of what its last word is.
            if (bearers is [var bearer] && bearer.Aliases.Contains(actor.Name)
                && sentences.GetValueOrDefault(bearer.Id) >= Math.Max(MainCharacter, Dominance * Math.Max(1, own))) return bearers;
        }

        if (words.Length > 2 && actor.Kind != ActorKind.Country)
        {
            // "Coast Guard Commandant Thad Allen" is "Thad Allen", whatever kind the words in front made it.
            return registry.NamedAfterASpace(actor.Name).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id && a.Name.Contains(' ', StringComparison.Ordinal));
        }

        if (actor.Kind == ActorKind.Person && !actor.Name.Contains(' ', StringComparison.Ordinal))
        {
            // "Prince Michael", "Queen Rania", "Sheikh Mohammed": a royal or a cleric is called by the given name after the title, which
            // is no family name of "Alun Michael".
            if (NameShapes.IsGivenNameTitle(actor.Role)) return [];
            // "Svanberg" where no article gave the full name: the person of the registry so named ("Michael R. Bromwich" being
            // "Michael Bromwich" written otherwise, not a second person).
            // "Holm" beside "Lars P. Holm" and "Anna Berg Holm", whom the articles call "Berg": a person called by a middle name of
            // theirs alone goes by that name, and the last one alone is another bearer's.
            var bearers = registry.WithLastWord(actor.Name).Where(a => a.Kind == ActorKind.Person && !GoesByMiddleName(a)).ToList();
            // "President Obama" beside "Barack Obama", the President, and "Michelle Obama": the office says which bearer it is.
            if (actor.Role is { } office && bearers.Where(a => string.Equals(a.Role, office, StringComparison.OrdinalIgnoreCase)).ToList() is [var officeHolder]) return [officeHolder];
            return bearers.Where(a => forms[a.Id].Plain is not { } full || !bearers.Exists(b => b.Name == full));
        }

        if (actor.Kind is ActorKind.Organisation or ActorKind.Group && NameShapes.IsAcronym(actor.Name))
        {
            // An article spelled it out ("the Environmental Protection Agency (EPA)"), or the initials say it, when only one entry fits.
            // Two letters say too little: "VS" is the initials of "Vell Shipping", of "Vale Station" and of a disease's name, so only an
            // article writing them for the name ties them to it.
            var letters = actor.Name.Replace(".", "", StringComparison.Ordinal);
            return (letters.Length > 2 ? registry.WithAliasOrInitials(actor.Name, letters) : registry.WithAlias(actor.Name)).Where(a => a.Id != actor.Id);
        }

        if (actor.Kind is ActorKind.Organisation or ActorKind.Group && words.Length == 1 && NameShapes.IsPaperWord(actor.Name))
        {
            // "the Post" of "the Washington Post", "the Journal": a newspaper's word alone is the short form of the one paper it ends.
            // "Congress" or "the Board" alone is no short form: it names the body the story is about, not "Republican Congress".
            return registry.WithLastWord(actor.Name).Where(a => SameKind(a, actor) && a.Name.Split(' ').Length == 2);
        }

        return [];
    }

    // "Homeland Security" of "Homeland Security Department", "Woods Hole" of "Woods Hole Oceanographic Institution": an organisation's name
    // ("Bureau of Ocean Energy Management" of "Bureau of Ocean Energy Management, Regulation and Enforcement": cut before its listed last words);
    // cut short before its head word, when no organisation's word of its own says it is whole ("University of Michigan" is, before "Law
    // School"). "Centers for Disease Control" of "Centers for Disease Control and Prevention": the name cut before its last "and" word, when
    // the full name is the one the articles write at least as often ("House of Representatives and Senate" is two bodies, written seldom).
    // "U.S. Centers for Disease Control" is looked up without its country too.
    private static IEnumerable<Actor> Completions(Actor actor, Lookup lookup, int own, IReadOnlyDictionary<string, int> sentences)
    {
        if (actor.Kind is not (ActorKind.Organisation or ActorKind.Group) || Gazetteer.Default.Find(actor.Name) is not null) yield break;
        foreach (var name in new[] { actor.Name, NameVariants.WithoutCountry(actor.Name) }.OfType<string>())
        {
            var words = name.Split(' ');
            if (words.Length < 2) continue;
            var whole = words.Any(NameShapes.IsOrganisationWord);
            foreach (var fuller in lookup.ByPrefix.GetValueOrDefault(name) ?? [])
            {
                var listed = fuller.Name[name.Length] == ',';
                var fits = fuller.Id != actor.Id && fuller.Name.Split(' ')[words.Length..] switch
                {
                    ["and", var last] => !listed && char.IsUpper(last[0]) && sentences.GetValueOrDefault(fuller.Id) >= own,
                    [var next, "and", var last] => listed && char.IsUpper(next[0]) && char.IsUpper(last[0]) && sentences.GetValueOrDefault(fuller.Id) >= own,
                    [var head] => !listed && !whole && InstitutionHeads.Contains(head),
                    [var word, var head] => !listed && !whole && InstitutionHeads.Contains(head) && !NameShapes.IsOrganisationWord(word),
                    _ => false,
                };
                if (fits) yield return fuller;
            }
        }
    }

    // "CBS" of "CBS News", "AEG" of "AEG Live", "Fitch" of "Fitch Ratings", "Chandeleur" of "Chandeleur Islands": the full name without
    // a head that adds nothing to whom it names. Only when the registry has one longer name so opening, of a kind that fits: "BP" beside
    // "BP America" and "BP Oil Spill Commission" names neither. A place the gazetteer knows is that place ("Mobile", the city, is not
    // "Mobile Bay"), a place is never an organisation's ("New York" and "New York Times"), and "News" or "Live" follow only a broadcaster's
    // or a promoter's letters ("BP Oil News" is a feed about the firm, not the firm).
    private static (Actor Longer, bool ByFirmHead, string Plain)? Lengthened(Actor actor, Lookup lookup, IReadOnlyDictionary<string, int> sentences)
    {
        if (actor.Kind is not (ActorKind.Organisation or ActorKind.Group or ActorKind.Place)) return null;
        // A person's name opening with a firm's ("Tessel Halliburton", a caption's two names run together) is no other name of the firm;
        // the name with a legal form ("Tessel Ltd") is the name itself, and "Tessel Oil" and "Tessel Oil Co" are one longer name.
        var openings = (lookup.ByOpening.GetValueOrDefault(actor.Name) ?? [])
            .Where(a => a.Id != actor.Id && (actor.Kind == ActorKind.Place || a.Kind != ActorKind.Person) && PlainName(a) != actor.Name).ToList();
        if (openings.Select(PlainName).Distinct(StringComparer.Ordinal).Count() != 1 || !openings.TrueForAll(a => SameKind(a, actor))) return null;
        var longer = MostNamed(openings, sentences).First();
        var plain = PlainName(longer);
        var rest = plain.StartsWith(actor.Name + " ", StringComparison.Ordinal) ? plain[(actor.Name.Length + 1)..] : "";
        var known = Gazetteer.Default.Find(actor.Name);
        var legal = openings.Exists(a => NameVariants.WithoutLegalForm(a.Name) is not null);
        // A firm's name with a legal form may be a town's too ("Tessel" in the gazetteer as a town): the form says it is the firm's.
        var company = CompanyHeads.Contains(rest) && (legal ? known is not { Kind: ActorKind.Country or ActorKind.Person } : known is { Kind: ActorKind.Organisation or ActorKind.Group });
        var firm = OrganisationHeads.Contains(rest) && known is not { Kind: not (ActorKind.Organisation or ActorKind.Group) };
        var fits = actor.Kind switch
        {
            ActorKind.Place => PlaceHeads.Contains(rest) && known is null,
            _ => (firm || company || (AcronymHeads.Contains(rest) && NameShapes.IsAcronym(actor.Name) && known is not { Kind: not (ActorKind.Organisation or ActorKind.Group) }))
                // "Cameron" beside "Cameron International Corp" and "David Cameron": the family name may be the person's.
                && !lookup.Index.WithLastWord(actor.Name).Any(a => a.Kind == ActorKind.Person),
        };
        return fits ? (longer, firm || company, plain) : null;
    }

    // "Anadarko Petroleum Corp" of "Anadarko": the firm's short name, of which it is the one full name with a firm's head.
    private static IEnumerable<Actor> Shortened(Actor actor, Lookup lookup, IReadOnlyDictionary<string, int> sentences)
    {
        if (!IsBody(actor)) return [];
        var plain = PlainName(actor);
        var space = plain.LastIndexOf(' ');
        if (space < 0 || !(CompanyHeads.Contains(plain[(space + 1)..]) || OrganisationHeads.Contains(plain[(space + 1)..]))) return [];
        return lookup.Index.Named(plain[..space]).Where(a => a.Id != actor.Id && Lengthened(a, lookup, sentences) is { ByFirmHead: true } l && l.Plain == plain);
    }

    private static string PlainName(Actor a) => NameVariants.WithoutLegalForm(a.Name) ?? a.Name;

    // "Halvor World Service" and "World Service", "Kestrel Oil Spill Commission" and "Oil Spill Commission", "Vell Army Corps of
    // Engineers" and "Corps of Engineers": a body's name of two words
    // or more, written after the name of a body or a country it belongs to or answers to, is that body; the way the articles write more
    // often stays (the longer at a tie). Not after a place ("Wessex National Guard" is one state's guard of many), and not where two
    // owners share the name ("Senate Armed Services Committee", "House Armed Services Committee"): then it says not which.
    private static IEnumerable<Actor> OwnersBody(Actor actor, ActorNameIndex registry, int own, IReadOnlyDictionary<string, int> sentences)
    {
        if (!IsBody(actor)) return [];
        var shorter = registry.NamedAfterASpace(actor.Name).Where(a => a.Id != actor.Id && IsBody(a) && IsOwnersBody(actor.Name, a.Name, registry)
            && sentences.GetValueOrDefault(a.Id) >= own);
        var longer = OwnersOf(actor, registry).Where(a => IsOwnersBody(a.Name, actor.Name, registry) && sentences.GetValueOrDefault(a.Id) > own);
        return shorter.Concat(longer).ToList();
    }

    private static bool IsOwnersBody(string longer, string shorter, ActorNameIndex registry)
    {
        // A body's name ends in a body's head ("Service", "Commission"), or has it before its "of" ("Corps of Engineers"): "Halvor
        // Driller II" after a firm's name is a rig the firm owns.
        if (shorter.Split(' ') is not { Length: >= 2 } words || !NameShapes.IsOrganisationWord(Array.IndexOf(words, "of") is > 0 and var of ? words[of - 1] : words[^1])
            || !longer.EndsWith(" " + shorter, StringComparison.Ordinal)) return false;
        var owner = OwnerWithoutMark(longer[..^(shorter.Length + 1)]);
        var isOwner = registry.Named(owner).Any(a => a.Kind is ActorKind.Organisation or ActorKind.Group or ActorKind.Country)
            || Gazetteer.Default.Find(owner) is { Kind: ActorKind.Organisation or ActorKind.Group or ActorKind.Country }
            || IsNationsBody(owner) || IsDepartmentsField(owner, registry);
        // "UK Army Corps of Signals" and "Army Corps of Signals", "Fisheries'" and "Fisheries, Ship Safety Service": one owner's, with
        // and without its country or its mark; a country alone ("UK Ship Safety Service") is no other owner.
        return isOwner && !registry.Named(owner).Any(a => a.Kind is ActorKind.Place or ActorKind.Person)
            && OwnersOf(registry.Named(shorter).First(), registry).Where(a => NameVariants.WithoutCountry(a.Name) != shorter).Select(a => OwnerWithoutMark(a.Name[..^(shorter.Length + 1)]))
                .Select(o => NameVariants.WithoutCountry(o) ?? o).Distinct(StringComparer.Ordinal).Take(2).Count() == 1;
    }

    // "Fisheries, Ship Safety Service", "Halvor's World Service": the owner's name with the comma or the possessive that
    // joins it to its body's.
    private static string OwnerWithoutMark(string owner) =>
        owner.EndsWith(',') ? owner[..^1]
        : owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal) ? owner[..^2]
        : owner;

    // "U.S. Army", "UK Navy": a country's name before one organisation's word is that nation's body, an owner whether or not the
    // registry lists it.
    private static bool IsNationsBody(string owner) => NameVariants.WithoutCountry(owner) is { } body && !body.Contains(' ', StringComparison.Ordinal) && NameShapes.IsOrganisationWord(body);

    // "Interior" where the registry has the "Interior Department" or the "Department of the Interior": the field a department is named by.
    private static bool IsDepartmentsField(string owner, ActorNameIndex registry) =>
        !owner.Contains(' ', StringComparison.Ordinal) && FieldHeads.Any(h => registry.Named(h + " of " + owner).Concat(registry.Named(h + " of the " + owner))
            .Concat(registry.Named(owner + " " + h)).Any(IsBody));

    // The bodies whose names end in the whole of the actor's, after a space.
    private static IEnumerable<Actor> OwnersOf(Actor actor, ActorNameIndex registry) =>
        registry.WithLastWord(actor.Name.Split(' ')[^1]).Where(a => a.Id != actor.Id && IsBody(a) && a.Name.EndsWith(" " + actor.Name, StringComparison.Ordinal));

    // "Bobby Jindal Louisiana", "Tony Hayward Greenpeace": a person's full name with the next name of a caption or a list glued after it,
    // when the full name is a person of the registry and the word after it names a place or a body, never a person ("Michael Joseph
    // Jackson" is no "Michael Joseph" of "Jackson", Mississippi: "Jackson" is a family name of the registry). "Houston Chronicle BP": a
    // paper's name with the first name of its headline glued after it is the paper.
    private static IEnumerable<Actor> GluedAfter(Actor actor, Lookup lookup)
    {
        var words = actor.Name.Split(' ');
        if (words.Length < 3 || actor.Kind is ActorKind.Country or ActorKind.Place) return [];
        var (rest, last) = (string.Join(' ', words[..^1]), words[^1]);
        var registry = lookup.Index;
        var isBody = registry.Named(last).Any(a => a.Kind != ActorKind.Person) || Gazetteer.Default.Find(last) is { Kind: not ActorKind.Person };
        if (!isBody || registry.Named(last).Any(a => a.Kind == ActorKind.Person)
            || registry.WithLastWord(last).Any(a => a.Kind == ActorKind.Person && a.Name.Split(' ').Length == 2)
            || Gazetteer.Default.IsKnownSurname(last, out _))
        {
            return [];
        }

        return actor.Kind == ActorKind.Person
            ? registry.Named(rest).Where(a => a.Kind == ActorKind.Person && a.Id != actor.Id)
            : registry.Named(rest).Where(a => SameKind(a, actor) && a.Id != actor.Id && NameShapes.IsPaperWord(words[^2]));
    }

    // "Halliburton Co", "U.S. Coast Guard", "Michael R. Bromwich", "Bob Dudley": the plainer name another entry may have.
    private static string? Variant(Actor actor) => actor.Kind switch
    {
        ActorKind.Organisation or ActorKind.Group => NameVariants.WithoutLegalForm(actor.Name) ?? NameVariants.WithoutCountry(actor.Name),
        ActorKind.Person => NameVariants.WithoutMiddleInitials(actor.Name) ?? NameVariants.Formal(actor.Name),
        ActorKind.Place => PlaceWithoutCountry(actor.Name),
        _ => null,
    };

    // "U.S. Gulf Coast" is the "Gulf Coast": the country's initials before a region say where it lies, not another region. Only initials:
    // "American Samoa" and "British Columbia" are places of their own; and not before a country or a territory the gazetteer lists
    // ("US Virgin Islands" beside the British ones).
    private static string? PlaceWithoutCountry(string name) =>
        name.Split(' ')[0] is "U.S." or "US" or "U.K." or "UK" && NameVariants.WithoutCountry(name) is { } place
        && Gazetteer.Default.Find(place) is not { Kind: ActorKind.Country } ? place : null;

    // The same words but one, and that one sharing its stem with the other's: five letters and more than half the shorter word.
    private static bool IsRespelling(string name, string other)
    {
        var (a, b) = (name.Split(' '), other.Split(' '));
        if (a.Length != b.Length) return false;
        var differing = a.Zip(b).Where(p => p.First != p.Second).ToList();
        if (differing is not [var (x, y)]) return false;
        if (AmericanSpelling(x) == AmericanSpelling(y)) return true;
        // "National Oceanic and Atmospheric Agency" for "... Administration": a government agency's head word written as another of
        // the words that head such an agency, its initials the same. Heads of bodies of another kind ("Council", "Commission") stay apart.
        if (IsOtherAgencyHead(name, other)) return true;
        var stem = 0;
        while (stem < Math.Min(x.Length, y.Length) && x[stem] == y[stem]) stem++;
        return stem >= 5 && stem * 2 > Math.Min(x.Length, y.Length);
    }

    private static readonly HashSet<string> AgencyHeads = new(StringComparer.Ordinal) { "Agency", "Administration", "Authority" };

    // The same words but the last, both words that head a government agency.
    private static bool IsOtherAgencyHead(string name, string other)
    {
        var (a, b) = (name.Split(' '), other.Split(' '));
        return a.Length == b.Length && a[^1] != b[^1] && AgencyHeads.Contains(a[^1]) && AgencyHeads.Contains(b[^1]) && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1));
    }

    private static string AmericanSpelled(string name) => string.Join(' ', name.Split(' ').Select(AmericanSpelling));

    // "Centres" and "Centers", "Organisation" and "Organization", "Defence" and "Defense", "Labour" and "Labor": one word in British
    // and in American spelling.
    private static string AmericanSpelling(string word) => BritishEndingRegex().Replace(word, m => m.Groups["re"].Success ? m.Groups["c"].Value + "er" + m.Groups["s"].Value
        : m.Groups["our"].Success ? "or" + m.Groups["s"].Value : m.Groups["is"].Success ? "iz" + m.Groups["rest"].Value : "ense");

    [GeneratedRegex(@"(?<re>(?<c>[tb])re(?<s>s?))$|(?<our>(?<=\w{2})our(?<s>s?))$|(?<is>(?<=\w{3})is(?<rest>ation|ations|e|es|ed|ing))$|(?<ence>(?<=\w{2})ence)$")]
    private static partial Regex BritishEndingRegex();

    // The same name but the given name, and that one the same letters but one: a vowel for a vowel short of its last letter ("Allan",
    // "Allen"; "Marie" and "Mario" are two people) or "c" for "k" ("Erik", "Eric"), in a given name of five letters or more ("Jane", "June");
    // or a last "h" more ("Sara", "Sarah").
    private static bool IsGivenNameRespelling(string name, string other)
    {
        var (a, b) = (name.Split(' ', 2), other.Split(' ', 2));
        if (a.Length != 2 || b.Length != 2 || a[1] != b[1]) return false;
        // "Sara" and "Sarah", "Debora" and "Deborah": the same given name, with or without its last "h".
        if (Math.Min(a[0].Length, b[0].Length) >= 4 && (a[0] + "h" == b[0] || b[0] + "h" == a[0])) return true;
        // "Philip" and "Phillip", "Androula" and "Androulla": one consonant written once or twice.
        if (Math.Min(a[0].Length, b[0].Length) >= 4 && (IsWithDoubledConsonant(a[0], b[0]) || IsWithDoubledConsonant(b[0], a[0]))) return true;
        // "Nicola" and "Nicolas", "Marco" and "Marcos": one family name in one story, the given name with or without a last "s".
        if (Math.Min(a[0].Length, b[0].Length) >= 5 && (a[0] + "s" == b[0] || b[0] + "s" == a[0])) return true;
        if (a[0].Length != b[0].Length || a[0].Length < 5) return false;
        var differing = Enumerable.Range(0, a[0].Length).Where(i => a[0][i] != b[0][i]).ToList();
        if (differing is not [var i] || i == 0) return false;
        var (x, y) = (a[0][i], b[0][i]);
        return (x is 'c' or 'k' && y is 'c' or 'k') || (i < a[0].Length - 1 && "aeiou".Contains(x) && "aeiou".Contains(y));
    }

    // The same given names (a hyphen counts as a space) and family names of five letters or more, of the same length, one vowel
    // for another past the first letter, or one with an "s" the other ends without ("Griffith" and "Griffiths", "Mathew" and
    // "Mathews": English family names come in both forms, and a reporter writes the one they know).
    private static bool IsFamilyNameRespelling(string name, string other)
    {
        var (a, b) = (name.Replace('-', ' ').Split(' '), other.Replace('-', ' ').Split(' '));
        if (a.Length < 2 || a.Length != b.Length || !a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1))) return false;
        var (x, y) = (a[^1], b[^1]);
        if (Math.Min(x.Length, y.Length) >= 5 && (x == y + "s" || y == x + "s")) return true;
        // "Carrol" and "Carroll", "Mathew" and "Matthew": one consonant written once or twice.
        if (Math.Min(x.Length, y.Length) >= 5 && (IsWithDoubledConsonant(x, y) || IsWithDoubledConsonant(y, x))) return true;
        if (x.Length != y.Length || x.Length < 5) return false;
        var differing = Enumerable.Range(0, x.Length).Where(i => x[i] != y[i]).ToList();
        return differing is [var i] && i > 0 && "aeiouy".Contains(x[i]) && "aeiouy".Contains(y[i]);
    }

    // Of one person's two spellings, the one the gazetteer knows for a public figure stays ("Hillary Clinton", however often the
    // articles write "Hilary"); else the one the articles write more often, or the first at a tie.
    private static bool SpellingStays(Actor kept, Actor gone, int goneSentences, IReadOnlyDictionary<string, int> sentences)
    {
        var (knownKept, knownGone) = (IsKnownPerson(kept.Name), IsKnownPerson(gone.Name));
        if (knownKept != knownGone) return knownKept;
        var n = sentences.GetValueOrDefault(kept.Id);
        return n > goneSentences || (n == goneSentences && string.CompareOrdinal(kept.Id, gone.Id) < 0);
    }

    private static bool IsKnownPerson(string name) => Gazetteer.Default.Find(name) is { Kind: ActorKind.Person } known && known.Name == name;

    // Whether longer is shorter with one of its consonants past the first letter written twice ("Carroll" of "Carrol").
    private static bool IsWithDoubledConsonant(string shorter, string longer)
    {
        if (longer.Length != shorter.Length + 1) return false;
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        // longer[i] is the letter shorter lacks, which doubles the one before it.
        return i > 0 && longer[i] == longer[i - 1] && !IsVowelLetter(longer[i]) && string.CompareOrdinal(shorter, i, longer, i + 1, shorter.Length - i) == 0;
    }

    private static bool IsVowelLetter(char c) => "aeiouyAEIOUY".Contains(c);

    // "Anna Berg Holm" called "Berg": a name of three words or more of which the articles write a middle word alone (not an initial).
    private static bool GoesByMiddleName(Actor person) => person.Name.Split(' ') is { Length: >= 3 } words
        && words[1..^1].Any(w => w.Length > 2 && !NameShapes.IsInitial(w) && person.Aliases.Contains(w, StringComparer.Ordinal));

    internal static bool IsKnownNameWord(string word) =>
        Gazetteer.Default.NameWords.Contains(word) || Gazetteer.Default.GivenNames.Contains(word) || Gazetteer.Default.IsDictionaryWord(word);

    private static bool IsTitle(string word) => NameShapes.IsTitleAbbreviation(word) || Gazetteer.Default.Roles.Contains(word.ToLowerInvariant());

    // "Homeland Security" beside "Department of Homeland Security", "Interior" beside "Department of Interior": news names a
    // department or a ministry by its field alone, so a field's name, when the registry has one body headed by it and no
    // organisation's word of its own says it is a body by itself ("Homeland Security Council"), is that body. Two bodies of one field
    // ("Department of Energy", "Ministry of Energy", of two countries) leave the field to neither; nor does a place or a name the
    // gazetteer knows as another entity.
    private static List<Actor> FieldDepartments(Actor actor, ActorNameIndex registry)
    {
        if (actor.Name.Split(' ').Any(NameShapes.IsOrganisationWord) || Gazetteer.Default.Find(actor.Name) is not null) return [];
        var bodies = FieldHeads.SelectMany(h => new[] { h + " of " + actor.Name, h + " of the " + actor.Name })
            .SelectMany(registry.Named).Where(a => a.Id != actor.Id && IsBody(a)).Distinct().ToList();
        // "Department of Interior" and "Department of the Interior" are one body written two ways (they fold into each other).
        return bodies.Select(a => a.Name.Replace(" of the ", " of ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Count() == 1 ? bodies : [];
    }

    private static readonly string[] FieldHeads = ["Department", "Ministry", "Office"];

    // "Department of Interior", "U.S. Department of the Interior", "Interior Department": a body named by its head and its field.
    private static bool IsFieldOf(string name, string field) => (NameVariants.WithoutCountry(name) ?? name).Split(' ') switch
    {
        [var head, "of", var f] => f == field && head is "Department" or "Ministry",
        [var head, "of", "the", var f] => f == field && head is "Department" or "Ministry",
        [var f, var head] => f == field && head is "Department" or "Ministry",
        _ => false,
    };

    private static bool IsBody(Actor a) => a.Kind is ActorKind.Organisation or ActorKind.Group;

    // Of entries that spell one name alike, the one the articles name most often (the first, at a tie): the one the others join.
    private static IEnumerable<Actor> MostNamed(List<Actor>? alike, IReadOnlyDictionary<string, int> sentences) =>
        (alike ?? []).OrderByDescending(a => sentences.GetValueOrDefault(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal).Take(1);

    private static bool SameKind(Actor a, Actor b) => a.Kind == b.Kind || (a.Kind is ActorKind.Organisation or ActorKind.Group && b.Kind is ActorKind.Organisation or ActorKind.Group);

    /// <summary>The capitals that open a name's words: "General Motors" -> "GM", "Federal Aviation Administration" -> "FAA".</summary>
    internal static string Initials(string name) => string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && !MinorWords.Contains(w) && char.IsUpper(w[0])).Select(w => w[0]));
}
