using System.Text.Json;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>Turns merged files into their text: sorted, with a short header, byte-identical for the same data.</summary>
internal static class StoreWriter
{
    private const string Footer = " Edit freely: hand edits are kept on re-runs. Format: docs/yaml-format.md\n";

    public static EventFile ToFile(
        StoredArticle article, List<StoredEvent> events, List<string> deleted, List<string> generated, IReadOnlyDictionary<string, int>? origins = null) => new()
    {
        Article = article,
        Events = SortEvents(events),
        Deleted = [.. deleted.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Generated = generated,
        Origins = (origins ?? new Dictionary<string, int>()).OrderBy(o => o.Key, StringComparer.Ordinal).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
    };

    public static ActorsFile ToFile(List<StoredActor> actors, List<string> deleted, List<string> generated) => new()
    {
        Actors = SortActors(actors),
        Deleted = [.. deleted.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Generated = generated,
    };

    public static string Text(EventFile file) =>
        $"{StoreSchemas.EventsHeader}# Timeline events for {OneLine(file.Article.Title)}.{Footer}{TimelineYaml.Serializer.Serialize(file)}";

    public static string Text(ActorsFile file) =>
        $"{StoreSchemas.ActorsHeader}# Timeline actors: people, organisations, countries, places and groups.{Footer}{TimelineYaml.Serializer.Serialize(file)}";

    /// <summary>True when writing <paramref name="merged"/> would change what <paramref name="original"/> says.</summary>
    public static bool Differs(EventFile? original, EventFile merged) =>
        original is null || TimelineYaml.Serializer.Serialize(original) != TimelineYaml.Serializer.Serialize(merged);

    public static bool Differs(ActorsFile? original, ActorsFile merged) =>
        original is null || TimelineYaml.Serializer.Serialize(original) != TimelineYaml.Serializer.Serialize(merged);

    /// <summary>
    /// True when <paramref name="merged"/> holds what <paramref name="original"/> holds, property for property: its YAML
    /// would be the same, so neither its text nor <see cref="Differs(EventFile?, EventFile)"/> need be worked out.
    /// Compared as JSON, many times cheaper than the YAML of thousands of unchanged files.
    /// </summary>
    public static bool Same(EventFile? original, EventFile merged) =>
        original is not null && JsonSerializer.Serialize(original, StoreJson.Default.EventFile) == JsonSerializer.Serialize(merged, StoreJson.Default.EventFile);

    public static bool Same(ActorsFile? original, ActorsFile merged) =>
        original is not null && JsonSerializer.Serialize(original, StoreJson.Default.ActorsFile) == JsonSerializer.Serialize(merged, StoreJson.Default.ActorsFile);

    public static List<StoredEvent> SortEvents(IEnumerable<StoredEvent> events)
    {
        var models = new List<TimelineEvent>();
        var byModel = new Dictionary<TimelineEvent, StoredEvent>(ReferenceEqualityComparer.Instance);
        foreach (var stored in events)
        {
            var model = stored.ToModel();
            models.Add(model);
            byModel[model] = stored;
        }

        return [.. ChronologicalOrder.Sort(models).Select(m => byModel[m])];
    }

    public static List<StoredActor> SortActors(IEnumerable<StoredActor> actors) =>
        [.. actors.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)];

    public static List<Actor> SortActors(IEnumerable<Actor> actors) =>
        [.. actors.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)];

    // A comment ends at any line break a YAML reader knows, and may hold no control character.
    private static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' ? ' ' : c)])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
