using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// A registry's entries by full name, by the word after the name's last space, and (organisations and groups of
/// several words) by alias and initials: what <see cref="ActorDuplicates"/> asks of the registry for each entry, without
/// a scan of the whole registry each time (16,000 entries made that quadratic scan a tenth of a rebuild). Entries come
/// back in registry order, each once, as a scan would give them.
/// </summary>
internal sealed class ActorNameIndex
{
    private readonly List<Actor> _registry;
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _personsByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byInitials = new(StringComparer.Ordinal);

    public ActorNameIndex(List<Actor> registry, Func<string, string> initials)
    {
        _registry = registry;
        for (var i = 0; i < registry.Count; i++)
        {
            var name = registry[i].Name;
            Add(_byName, name, i);
            var space = name.LastIndexOf(' ');
            if (space < 0) continue;
            Add(_byLastWord, name[(space + 1)..], i);
            if (registry[i].Kind == ActorKind.Person) Add(_personsByFirstWord, name[..name.IndexOf(' ', StringComparison.Ordinal)], i);
            if (registry[i].Kind is ActorKind.Organisation or ActorKind.Group)
            {
                foreach (var alias in registry[i].Aliases) Add(_byAlias, alias, i);
                Add(_byInitials, initials(name), i);
            }
        }
    }

    /// <summary>The entries named exactly <paramref name="name"/>.</summary>
    public IEnumerable<Actor> Named(string name) => In(_byName.GetValueOrDefault(name) ?? []);

    /// <summary>The entries whose name is what follows one of the spaces of <paramref name="name"/> (the name ends with " " + theirs).</summary>
    public IEnumerable<Actor> NamedAfterASpace(string name)
    {
        var found = new List<int>();
        for (var p = name.IndexOf(' '); p >= 0; p = name.IndexOf(' ', p + 1))
        {
            if (_byName.TryGetValue(name[(p + 1)..], out var named)) found.AddRange(named);
        }

        return In(found);
    }

    /// <summary>The entries of several words whose last word is <paramref name="word"/> (a word without a space).</summary>
    public IEnumerable<Actor> WithLastWord(string word) => In(_byLastWord.GetValueOrDefault(word) ?? []);

    /// <summary>The people whose name of two words or more opens with <paramref name="word"/>.</summary>
    public IEnumerable<Actor> PersonsWithFirstWord(string word) => In(_personsByFirstWord.GetValueOrDefault(word) ?? []);

    /// <summary>The organisations and groups of several words with <paramref name="alias"/> among their aliases, or with these initials.</summary>
    public IEnumerable<Actor> WithAliasOrInitials(string alias, string initials) =>
        In([.. _byAlias.GetValueOrDefault(alias) ?? [], .. _byInitials.GetValueOrDefault(initials) ?? []]);

    /// <summary>The organisations and groups of several words with <paramref name="alias"/> among their aliases.</summary>
    public IEnumerable<Actor> WithAlias(string alias) => In(_byAlias.GetValueOrDefault(alias) ?? []);

    /// <summary>The organisations and groups of several words with these initials.</summary>
    public IEnumerable<Actor> WithInitials(string initials) => In(_byInitials.GetValueOrDefault(initials) ?? []);

    private IEnumerable<Actor> In(IEnumerable<int> indices) => indices.Distinct().Order().Select(i => _registry[i]);

    private static void Add(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(i);
    }
}
