using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

/// <summary>The index answers what a scan of the registry would, entry for entry and in registry order.</summary>
public sealed class ActorNameIndexTests
{
    private static readonly List<Actor> Registry =
    [
        new() { Id = "p1", Name = "Anna Kessler", Kind = ActorKind.Person },
        new() { Id = "p2", Name = "Kessler", Kind = ActorKind.Person },
        new() { Id = "p3", Name = "Chief Executive Anna Kessler", Kind = ActorKind.Person },
        new() { Id = "p4", Name = "Tom  Kessler", Kind = ActorKind.Person },
        new() { Id = "p5", Name = "Anna Kessler", Kind = ActorKind.Place },
        new() { Id = "o1", Name = "Environmental Protection Agency", Kind = ActorKind.Organisation, Aliases = ["EPA", "the agency"] },
        new() { Id = "o2", Name = "Coast Guard", Kind = ActorKind.Organisation },
        new() { Id = "o3", Name = "Energy Policy Association", Kind = ActorKind.Group, Aliases = ["EPA"] },
        new() { Id = "o4", Name = "EPA", Kind = ActorKind.Organisation, Aliases = ["EPA"] },
        new() { Id = "o5", Name = "Friends of the Earth", Kind = ActorKind.Group },
        new() { Id = "x1", Name = "Kessler ", Kind = ActorKind.Person },
    ];

    private static string Initials(string name) => string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    public static TheoryData<string> Names => ["Anna Kessler", "Kessler", "Chief Executive Anna Kessler", "Coast Guard", "EPA", "FE", "", "Tom  Kessler", "Nobody"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_lookup_gives_what_a_scan_of_the_registry_gives(string name)
    {
        var index = new ActorNameIndex(Registry, Initials);

        Assert.Equal(Registry.Where(a => a.Name == name), index.Named(name));
        Assert.Equal(Registry.Where(a => name.EndsWith(" " + a.Name, StringComparison.Ordinal)), index.NamedAfterASpace(name));
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            Assert.Equal(Registry.Where(a => a.Name.EndsWith(" " + name, StringComparison.Ordinal)), index.WithLastWord(name));
        }

        var letters = name.Replace(".", "", StringComparison.Ordinal);
        Assert.Equal(
            Registry.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Group && a.Name.Contains(' ', StringComparison.Ordinal)
                && (a.Aliases.Contains(name) || Initials(a.Name) == letters)),
            index.WithAliasOrInitials(name, letters));
    }
}
