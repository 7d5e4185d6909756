using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>Merges the actors of every article into one registry: one actor, one id, all its aliases.</summary>
public static class ActorRegistry
{
    /// <remarks>
    /// An actor takes the kind most of its articles give it ("Barack Obama" is a person though one article's misreading made him an
    /// organisation); at a tie, the first article's; a person named with a role in any article stays a person; a name that opens
    /// with no given name and that some article reads as an organisation is one (<see cref="OpensWithoutGivenName"/>).
    /// </remarks>
    public static List<Actor> Merge(IEnumerable<IEnumerable<Actor>> perArticle)
    {
        var merged = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, List<ActorKind>>(StringComparer.Ordinal);
        // The country each article gives, by the kind it read the name as: the Japanese town Obama's is not the president's.
        var countries = new Dictionary<(string Id, ActorKind Kind), string>();
        foreach (var actor in perArticle.SelectMany(a => a))
        {
            if (actor.Country is { } given) countries.TryAdd((actor.Id, actor.Kind), given);
            if (!kinds.TryGetValue(actor.Id, out var seen)) kinds[actor.Id] = seen = [];
            seen.Add(actor.Role is not null && actor.Kind == ActorKind.Person ? ActorKind.Person : actor.Kind);
            if (!merged.TryGetValue(actor.Id, out var existing))
            {
                merged[actor.Id] = actor with { Aliases = [.. actor.Aliases] };
                continue;
            }

            var aliases = existing.Aliases.Union(actor.Aliases, StringComparer.Ordinal).Where(a => a != existing.Name).ToList();
            aliases.Sort(StringComparer.Ordinal);
            // "VENICE, Louisiana": a dateline's capitals are not how the name is written; another article's spelling is.
            var name = IsShouted(existing) && !IsShouted(actor) && actor.Name.Length == existing.Name.Length ? actor.Name : existing.Name;
            merged[actor.Id] = existing with
            {
                Name = name,
                Aliases = aliases.Where(a => a != name).ToList(),
                Role = existing.Role ?? actor.Role,
                Country = existing.Country ?? actor.Country,
            };
        }

        foreach (var (id, seen) in kinds.Where(k => k.Value.Count > 1))
        {
            var kind = seen.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => seen.IndexOf(g.Key)).First().Key;
            if (seen.Contains(ActorKind.Person) && merged[id].Role is not null) kind = ActorKind.Person;
            if (kind == ActorKind.Person && seen.Contains(ActorKind.Organisation) && merged[id].Role is null && OpensWithoutGivenName(merged[id].Name)) kind = ActorKind.Organisation;
            if (kind != merged[id].Kind || seen.Distinct().Count() > 1) merged[id] = merged[id] with { Kind = kind, Country = countries.GetValueOrDefault((id, kind)) };
        }

        var firms = FirmStems(merged.Values);
        foreach (var actor in merged.Values.ToList())
        {
            if (IsFirmNamedShort(actor, firms)) merged[actor.Id] = actor with { Kind = ActorKind.Organisation, Role = null, Country = null };
        }

        return [.. merged.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// "Goldman Sachs", "Panmure Gordon": a name of two or more words whose first word is no given name nor an initial. A person's
    /// name opens with one as a rule, so where some article reads such a name as an organisation and no article gives it a role,
    /// the person reading of the others comes from its shape alone: it is a firm named after its founders.
    /// </summary>
    public static bool OpensWithoutGivenName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Length > 2 && char.IsUpper(words[0][0]) && !words[0].EndsWith('.')
            && !Gazetteer.Default.GivenNames.Contains(words[0]) && !Gazetteer.Default.GivenNames.Contains(words[0].Split('-')[0]);
    }

    // Legal forms and the words firms add to their names: "Goldman Sachs Group", "Cameron International Corp", "Transocean Ltd".
    private static readonly HashSet<string> FirmSuffixes = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "plc", "Plc", "PLC", "LLC", "SA", "AG", "NV",
        "International", "Group", "Holdings",
    };

    /// <summary>The names of the organisations of the registry without their legal forms: "Goldman Sachs" of "Goldman Sachs Group".</summary>
    private static HashSet<string> FirmStems(IEnumerable<Actor> actors)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors.Where(a => a.Kind == ActorKind.Organisation))
        {
            var words = actor.Name.Split(' ');
            var n = words.Length;
            while (n > 1 && FirmSuffixes.Contains(words[n - 1])) n--;
            if (n < words.Length) stems.Add(string.Join(' ', words[..n]));
        }

        return stems;
    }

    /// <summary>
    /// "Goldman Sachs" beside "Goldman Sachs Group", "Transocean" beside "Transocean Ltd": a name that some article writes with a firm's
    /// legal form after it is that firm's wherever the form is left out, not a person's or a place's, unless the gazetteer knows it as one
    /// or a title introduces it with a given name ("Cameron" alone is the firm; "Chief Executive Jack Moore" is a person).
    /// </summary>
    private static bool IsFirmNamedShort(Actor actor, HashSet<string> firms) =>
        actor.Kind is ActorKind.Person or ActorKind.Place && firms.Contains(actor.Name)
        && (actor.Role is null || !actor.Name.Contains(' ', StringComparison.Ordinal))
        && Gazetteer.Default.Find(actor.Name) is null;

    /// <summary>
    /// "the town of Halvor" in one article, "a boy from Halvor" read as a person's name in another: an actor some article writes after a
    /// place noun is a place wherever it is named, unless an article gives it a role, has it speak or writes it as a firm, or its name
    /// says it is a body or the gazetteer knows it as something else.
    /// </summary>
    public static List<Actor> NamedPlaces(List<Actor> merged, IEnumerable<IEnumerable<ActorSupport>> perArticle, IReadOnlySet<string> keep)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var support in perArticle.SelectMany(s => s))
        {
            if (support.IsNamedPlace) places.Add(support.ActorId);
            if (support.Speaks || support.IsFirm) others.Add(support.ActorId);
        }

        if (places.Count == 0) return merged;
        return [.. merged.Select(a => a.Kind is ActorKind.Person or ActorKind.Organisation && places.Contains(a.Id) && !others.Contains(a.Id) && !keep.Contains(a.Id)
            && a.Role is null && !a.Name.Split(' ').Any(NameShapes.IsOrganisationWord) && Gazetteer.Default.Find(a.Name) is null or { Kind: ActorKind.Place }
            ? a with { Kind = ActorKind.Place, Country = null } : a)];
    }

    private static bool IsShouted(Actor actor) => actor.Kind is ActorKind.Place or ActorKind.Country && actor.Name.Length > 3 && !actor.Name.Any(char.IsLower);

    /// <summary>
    /// The actors a reader can trust to be worth an entry: those taking part in an event, countries, and the others
    /// named in at least two sentences across the articles whose kind the name, their speaking or an article writing them as a firm shows. A name met once in passing is as often a misreading as an actor.
    /// </summary>
    public static List<Actor> Supported(List<Actor> merged, IEnumerable<IEnumerable<ActorSupport>> perArticle)
    {
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var inEvent = new HashSet<string>(StringComparer.Ordinal);
        var speaks = new HashSet<string>(StringComparer.Ordinal);
        var firms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var support in perArticle.SelectMany(s => s))
        {
            sentences[support.ActorId] = sentences.GetValueOrDefault(support.ActorId) + support.Sentences;
            if (support.InEvent) inEvent.Add(support.ActorId);
            if (support.Speaks) speaks.Add(support.ActorId);
            if (support.IsFirm) firms.Add(support.ActorId);
        }

        // A country comes from the gazetteer, never from a guess at a capitalised word: one mention is evidence enough. Two bare
        // capitals ("HD", "UL") are as often a format, a state or someone's initials as an actor: only an event lets them in. Any
        // other needs evidence of its kind: its name shows it (KindEvidence), or an article has it speak ("CNN reported").
        return [.. merged.Where(a => inEvent.Contains(a.Id) || a.Kind == ActorKind.Country
            || (sentences.GetValueOrDefault(a.Id) >= MinimumSentences && !NonActorNames.IsBareLetters(Gazetteer.Default, a)
                && ((speaks.Contains(a.Id) && KindEvidence.SpeaksAsItsKind(Gazetteer.Default, a)) || (firms.Contains(a.Id) && a.Kind == ActorKind.Organisation)
                    || KindEvidence.IsShownByName(Gazetteer.Default, a))))];
    }

    /// <summary>How many sentences name each actor, across the articles.</summary>
    public static Dictionary<string, int> Sentences(IEnumerable<IEnumerable<ActorSupport>> perArticle)
    {
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var support in perArticle.SelectMany(s => s))
        {
            sentences[support.ActorId] = sentences.GetValueOrDefault(support.ActorId) + support.Sentences;
        }

        return sentences;
    }

    /// <summary>Sentences that must name an actor outside any event for it to enter the registry.</summary>
    public const int MinimumSentences = 2;
}
