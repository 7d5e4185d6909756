using System.Reflection;
using System.Runtime.CompilerServices;
using Timeline.Model;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Store;

/// <summary>The field names each part of the format allows, for messages about unknown or missing fields.</summary>
internal static class StoreFields
{
    private static readonly (Type Type, string Label)[] Parts =
    [
        (typeof(EventFile), "an events file"),
        (typeof(ActorsFile), "actors.yaml"),
        (typeof(StoredArticle), "the article"),
        (typeof(StoredEvent), "an event"),
        (typeof(StoredActor), "an actor"),
        (typeof(EventDate), "a date"),
        (typeof(EventSource), "a source"),
    ];

    public static string Label(Type type) => Parts.FirstOrDefault(p => p.Type == type).Label ?? type.Name;

    /// <summary>The YAML name of each property of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> Of(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (UnderscoredNamingConvention.Instance.Apply(p.Name), p))];

    public static bool IsRequired(PropertyInfo property) => property.IsDefined(typeof(RequiredMemberAttribute), inherit: false);

    public static string DescribeUnknown(string field, string typeName)
    {
        foreach (var (type, _) in Parts)
        {
            if (type.FullName == typeName || type.Name == typeName)
            {
                return DescribeUnknown(field, type);
            }
        }

        return $"unknown field '{field}'";
    }

    public static string DescribeUnknown(string field, Type type)
    {
        var known = Of(type).Select(f => f.Name).ToList();
        var hint = Closest(field, known) is { } best ? $" (did you mean '{best}'?)" : "";
        return $"unknown field '{field}' in {Label(type)}{hint}; known fields: {string.Join(", ", known)}";
    }

    /// <summary>The known name nearest to a typo (edit distance), or null when none is near enough to be a typo.</summary>
    public static string? Closest(string field, IEnumerable<string> known)
    {
        var wanted = field.ToLowerInvariant();
        var best = known.Select(k => (Name: k, Distance: Distance(wanted, k))).OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, field.Length / 3) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var beforePrevious = previous;
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                // A swap of two neighbours ("titel") is one typo, not two.
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            beforePrevious = previous;
            previous = current;
        }

        return previous[b.Length];
    }
}
