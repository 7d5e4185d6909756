using System.Text.Json;
using AngleSharp.Dom;

namespace Timeline.Ingest;

/// <summary>Reads article facts from <c>application/ld+json</c> scripts, top-level objects and <c>@graph</c> items alike.</summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static List<JsonLdFacts> Read(IDocument document)
    {
        var facts = new List<JsonLdFacts>();
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                Collect(json.RootElement, script, facts, depth: 0);
            }
            catch (JsonException)
            {
                // Broken structured data is the site's problem; the other metadata still count.
            }
        }

        return facts;
    }

    private static void Collect(JsonElement node, IElement script, List<JsonLdFacts> facts, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, script, facts, depth + 1);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var fact = new JsonLdFacts
        {
            Script = script,
            DatePublished = Text(node, "datePublished"),
            Headline = Text(node, "headline"),
            Publisher = node.TryGetProperty("publisher", out var publisher) ? Name(publisher) : null,
            Url = Text(node, "url"),
        };
        if (fact.DatePublished is not null || fact.Headline is not null)
        {
            facts.Add(fact);
        }

        if (node.TryGetProperty("@graph", out var graph))
        {
            Collect(graph, script, facts, depth + 1);
        }
    }

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement publisher) => publisher.ValueKind switch
    {
        JsonValueKind.String => publisher.GetString(),
        JsonValueKind.Object => Text(publisher, "name"),
        JsonValueKind.Array => publisher.EnumerateArray().Select(Name).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
