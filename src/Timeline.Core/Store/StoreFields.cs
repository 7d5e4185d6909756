using System.Reflection;
using System.Runtime.CompilerServices;
using Timeline.Diagnostics;
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
        (typeof(SummaryFile), "summary.yaml"),
        (typeof(StoredKeyDate), "a key date"),
        (typeof(StoredKeyEntry), "a key entry"),
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

    /// <summary>The known name nearest to a typo, or null when none is near enough to be a typo.</summary>
    public static string? Closest(string field, IEnumerable<string> known) => NearestName.Closest(field, known);
}
