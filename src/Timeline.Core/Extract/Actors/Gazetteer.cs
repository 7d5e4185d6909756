using System.Reflection;
using Timeline.Extract.Text.Pos;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Names of countries, demonyms, cities, organisations, groups and role nouns, loaded once from the
/// embedded data files (see Data/ATTRIBUTION.md). Immutable after loading, safe to share.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);
    private readonly Dictionary<string, GazetteerEntry> _names;

    private readonly PosLexicon _lexicon;
    private readonly Lazy<SurnameIndex> _surnames;
    private readonly HashSet<string> _handEdited;
    private readonly HashSet<string> _companies;

    private Gazetteer(Dictionary<string, GazetteerEntry> names, HashSet<string> roles, HashSet<string> commonWords, HashSet<string> givenNames, HashSet<string> nameWords, PosLexicon lexicon, HashSet<string> companies, HashSet<string>? handEdited = null)
    {
        _names = names;
        _companies = companies;
        _handEdited = handEdited ?? [];
        _surnames = new Lazy<SurnameIndex>(() => new SurnameIndex(names.Values, lexicon));
        _lexicon = lexicon;
        Roles = roles;
        CommonWords = commonWords;
        GivenNames = givenNames;
        NameWords = nameWords;
        MaxNameTokens = names.Keys.Max(k => k.Split(' ').Length);
        MaxRoleTokens = roles.Max(k => k.Split(' ').Length);
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>The country whose capital is <paramref name="name"/> ("Beijing": "China"), or null.</summary>
    public static string? CountryOfCapital(string name) => Capitals.Value.GetValueOrDefault(name);

    private static readonly Lazy<Dictionary<string, string>> Capitals = new(() =>
    {
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows("countries.tsv"))
        {
            if (row.Length > 4 && CapitalName(row[4]) is { Length: > 0 } capital) capitals.TryAdd(capital, row[1]);
        }

        return capitals;
    });

    // "Washington D.C.": a capital is named without its district's initials as well.
    private static string CapitalName(string capital) =>
        capital.EndsWith('.') && capital.Contains(' ', StringComparison.Ordinal) ? capital[..capital.IndexOf(' ', StringComparison.Ordinal)] : capital;

    /// <summary>Role nouns in lower case ("defense minister").</summary>
    public IReadOnlySet<string> Roles { get; }

    /// <summary>Lower-case words that never name an actor on their own.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Given names of many cultures, as written ("Li", "Sergei", "Mohamed").</summary>
    public IReadOnlySet<string> GivenNames { get; }

    /// <summary>Other words people's names are made of, mostly family names ("Shoigu", "Martinez").</summary>
    public IReadOnlySet<string> NameWords { get; }

    public int MaxNameTokens { get; }

    public int MaxRoleTokens { get; }

    /// <summary>A gazetteer that also knows <paramref name="extra"/> (names from hand edits); they win over built-in ones.</summary>
    public Gazetteer With(IEnumerable<GazetteerEntry> extra, IEnumerable<string> aliases)
    {
        var names = new Dictionary<string, GazetteerEntry>(_names, StringComparer.Ordinal);
        var handEdited = new HashSet<string>(_handEdited, StringComparer.Ordinal);
        foreach (var (entry, alias) in extra.Zip(aliases))
        {
            names[alias] = entry;
            handEdited.Add(alias);
        }

        return new Gazetteer(names, (HashSet<string>)Roles, (HashSet<string>)CommonWords, (HashSet<string>)GivenNames, (HashSet<string>)NameWords, _lexicon, _companies, handEdited);
    }

    /// <summary>
    /// Whether the list of companies holds the name, though a town's or a country's entry of that name wins the lookup
    /// ("Komatsu": a town and a firm both).
    /// </summary>
    public bool IsListedCompany(string name) => _companies.Contains(name);

    /// <summary>Whether the name was added by a hand edit of the registry: it wins over the entity model.</summary>
    public bool IsHandEdited(string name) => _handEdited.Contains(name);

    /// <summary>
    /// Whether a known person has this family name ("Yeltsin"), and who when only one does; news names
    /// leaders by their family name alone.
    /// </summary>
    public bool IsKnownSurname(string word, out GazetteerEntry? person) => _surnames.Value.TryFind(word, out person);

    /// <summary>Whether the word is an ordinary word or, capitalised, an adjective ("English", "Jazz" aside, "Islamized").</summary>
    public bool IsOrdinaryOrAdjective(string word) => IsDictionaryWord(word) || _lexicon.EntryContains(word, "JJ") || word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// Whether the word, in lower case, is an ordinary English word ("Engineer", "Velvet", "Spring") by the
    /// part-of-speech lexicon, rather than a word only ever seen as a name ("Michael", "Konami").
    /// </summary>
    public bool IsDictionaryWord(string word)
    {
        var lower = word.ToLowerInvariant();
        var tag = _lexicon.FirstTag(lower);
        // The lexicon lists few plurals: "obstetricians" is known by "obstetrician".
        if (tag.Length == 0 && lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)) tag = _lexicon.FirstTag(lower[..^1]);
        return tag.Length > 0 && !tag.StartsWith("NNP", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the word is only ever a finite verb ("Reacts", "Vows", "Slams"): first a verb by the lexicon in lower case, never a noun, and no
    /// proper noun when capitalised ("Sears", "May" are names).
    /// </summary>
    public bool IsFiniteVerbOnly(string word) =>
        IsVerbForm(word) && !_lexicon.EntryContains(word.ToLowerInvariant(), "NN") && !_lexicon.EntryContains(word, "NNP");

    /// <summary>
    /// Whether the word, in lower case, is first a function word: a preposition, a conjunction, a pronoun, a determiner, an adverb or a
    /// modal ("after", "she", "in", "when"); no name is built of them but for its connectors ("of", "for", "and", "the").
    /// </summary>
    public bool IsFunctionWord(string word)
    {
        var lower = word.ToLowerInvariant();
        // "Offshore", "Inland", "Over": a word that is also an adjective, a noun or a verb may be a name's ("China National Offshore Oil").
        return _lexicon.FirstTag(lower) is "IN" or "CC" or "PRP" or "PRP$" or "DT" or "WRB" or "WDT" or "WP" or "MD" or "TO"
            && !_lexicon.EntryContains(lower, "JJ") && !_lexicon.EntryContains(lower, "NN") && !_lexicon.EntryContains(lower, "VB");
    }

    /// <summary>Whether the word, in lower case, is first a verb or an auxiliary ("is", "can", "was") by the part-of-speech lexicon.</summary>
    public bool IsVerbForm(string word) => _lexicon.FirstTag(word.ToLowerInvariant()) is "VBZ" or "VBD" or "VBP" or "MD";

    /// <summary>Looks up a name exactly as written (case-sensitive, so "US" is not "us").</summary>
    public GazetteerEntry? Find(string name) => _names.GetValueOrDefault(name);

    private static Gazetteer Load()
    {
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var countries = Rows("countries.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var capitals = Rows("countries.tsv").Select(r => CapitalName(r.ElementAtOrDefault(4) ?? "")).ToHashSet(StringComparer.Ordinal);
        // The generator gives every city and subdivision name to one place, so their order does not matter;
        // the hand-written regions override both.
        foreach (var row in Rows("cities.tsv"))
        {
            var entry = new GazetteerEntry { Name = row[0], Kind = ActorKind.Place, Country = countries.GetValueOrDefault(row[1]), IsTown = row.ElementAtOrDefault(3) != "capital" && !capitals.Contains(row[0]) };
            Add(names, row[0], entry);
            foreach (var alias in Split(row, 4)) Add(names, alias, entry);
        }

        foreach (var row in Rows("subdivisions.tsv"))
        {
            var entry = new GazetteerEntry { Name = row[0], Kind = ActorKind.Place, Country = countries.GetValueOrDefault(row[1]) };
            Add(names, row[0], entry);
            foreach (var alias in Split(row, 2)) Add(names, alias, entry);
        }

        foreach (var row in Rows("regions.tsv"))
        {
            AddAll(names, [row[0], .. row.Skip(2)], new GazetteerEntry { Name = row[0], Kind = ActorKind.Place, Country = countries.GetValueOrDefault(row.ElementAtOrDefault(1) ?? "") });
        }

        foreach (var row in Rows("leaders.tsv"))
        {
            Add(names, row[0], new GazetteerEntry { Name = row[0], Kind = ActorKind.Person, Country = countries.GetValueOrDefault(row[1]) });
        }

        foreach (var row in Rows("igos.tsv").Concat(Rows("organisations.tsv")))
        {
            var entry = new GazetteerEntry { Name = row[0], Kind = ActorKind.Organisation };
            AddAll(names, row, entry);
        }

        foreach (var row in Rows("groups.tsv"))
        {
            AddAll(names, row, new GazetteerEntry { Name = row[0], Kind = ActorKind.Group });
        }

        // Countries last: a country's name wins over a city or group of the same name.
        foreach (var row in Rows("countries.tsv"))
        {
            var entry = new GazetteerEntry { Name = row[1], Kind = ActorKind.Country, Country = row[1] };
            names[row[1]] = entry;
            foreach (var alias in Split(row, 2)) names[alias] = entry;
            foreach (var demonym in Split(row, 3))
            {
                var d = entry with { IsDemonym = true };
                names.TryAdd(demonym, d);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal)) names.TryAdd(demonym + "s", d);
            }
        }

        // Companies last: a city, a country or a demonym of the same name wins ("Aberdeen", "Belarusian").
        var companies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in Lines("companies.txt"))
        {
            Add(names, company, new GazetteerEntry { Name = company, Kind = ActorKind.Organisation });
            companies.Add(company);
        }

        var roles = new HashSet<string>(Lines("roles.txt"), StringComparer.Ordinal);
        var words = new HashSet<string>(Lines("words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
        var given = new HashSet<string>(Lines("given-names.txt"), StringComparer.Ordinal);
        var nameWords = new HashSet<string>(Lines("name-words.txt"), StringComparer.Ordinal);
        return new Gazetteer(names, roles, words, given, nameWords, PosLexicon.Default, companies);
    }

    private static void AddAll(Dictionary<string, GazetteerEntry> names, string[] row, GazetteerEntry entry)
    {
        names[row[0]] = entry;
        foreach (var alias in Split(row, 1))
        {
            names[alias] = entry;
        }
    }

    private static void Add(Dictionary<string, GazetteerEntry> names, string key, GazetteerEntry entry) => names.TryAdd(key, entry);

    private static IEnumerable<string> Split(string[] row, int column) =>
        column < row.Length ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static IEnumerable<string[]> Rows(string resource) => Lines(resource).Select(l => l.Split('\t'));

    internal static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded gazetteer '{resource}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') lines.Add(line.TrimEnd());
        }

        return lines;
    }
}
