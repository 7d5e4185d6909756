using Timeline.Model;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Store;

/// <summary>The field names each part of the format allows, for messages about unknown fields.</summary>
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

    public static string DescribeUnknown(string field, string typeName)
    {
        foreach (var (type, label) in Parts)
        {
            if (type.FullName == typeName || type.Name == typeName)
            {
                var known = string.Join(", ", type.GetProperties().Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)));
                return $"unknown field '{field}' in {label}; known fields: {known}";
            }
        }

        return $"unknown field '{field}'";
    }
}
