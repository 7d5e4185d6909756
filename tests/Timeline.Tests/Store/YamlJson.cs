using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Tests.Store;

/// <summary>
/// Reads YAML as an editor's language server does (YAML 1.2 core schema: plain <c>2023</c> is a number,
/// quoted text a string) and checks it against the store's JSON Schemas.
/// </summary>
internal static partial class YamlJson
{
    private static readonly Lazy<JsonSchema> EventsSchema = new(() => Build(Timeline.Store.StoreSchemas.Events));
    private static readonly Lazy<JsonSchema> ActorsSchema = new(() => Build(Timeline.Store.StoreSchemas.Actors));
    private static readonly Lazy<JsonSchema> SummarySchema = new(() => Build(Timeline.Store.StoreSchemas.Summary));

    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>The schema errors of a store file, empty when valid; the schema is the one its first line names.</summary>
    public static List<string> SchemaErrors(string yaml, bool actors) => SchemaErrors(yaml, actors ? ActorsSchema.Value : EventsSchema.Value);

    /// <summary>The errors of summary.yaml against its schema, empty when valid.</summary>
    public static List<string> SummarySchemaErrors(string yaml) => SchemaErrors(yaml, SummarySchema.Value);

    private static List<string> SchemaErrors(string yaml, JsonSchema schema)
    {
        var json = ToJson(yaml);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static JsonSchema Build(string text) => JsonSchema.FromText(text);

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (Integer().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        }

        return Float().IsMatch(text) ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)) : JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
