using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Timeline.Tests.Repository;

namespace Timeline.Tests.Store;

/// <summary>docs/yaml-format.md describes every field and every named value the JSON schemas allow.</summary>
public sealed partial class FormatDocCoverageTests
{
    [Theory]
    [InlineData("events.schema.json")]
    [InlineData("actors.schema.json")]
    [InlineData("summary.schema.json")]
    public void Every_field_of_the_schema_has_a_row_or_a_heading_in_the_format_doc(string schema)
    {
        var described = Described();
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var values = new SortedSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(SourceTree.Read("schema", schema))!, fields, values);

        Assert.NotEmpty(fields);
        var missing = fields.Where(f => !described.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "fields of the schema not described in docs/yaml-format.md: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("events.schema.json")]
    [InlineData("actors.schema.json")]
    public void Every_named_value_of_the_schema_is_in_the_format_doc(string schema)
    {
        var doc = SourceTree.Read("docs", "yaml-format.md");
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var values = new SortedSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(SourceTree.Read("schema", schema))!, fields, values);

        Assert.NotEmpty(values);
        var missing = values.Where(v => !doc.Contains($"`{v}`", StringComparison.Ordinal) && !doc.Contains($": {v}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "values of the schema not in docs/yaml-format.md: " + string.Join(", ", missing));
    }

    // A field is described by a table row whose first cell names it (`source`, `url`) or by a heading (### `article:`).
    private static HashSet<string> Described()
    {
        var doc = SourceTree.Read("docs", "yaml-format.md");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in doc.Split('\n'))
        {
            var part = line.StartsWith('|') ? line.Split('|')[1] : line.StartsWith('#') ? line : null;
            if (part is null) continue;
            foreach (Match m in Name().Matches(part)) names.Add(m.Groups[1].Value);
        }

        return names;
    }

    private static void Walk(JsonNode? node, SortedSet<string> fields, SortedSet<string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (name, _) in properties) fields.Add(name);
                }

                if (obj["enum"] is JsonArray allowed)
                {
                    foreach (var value in allowed.OfType<JsonValue>()) values.Add(value.ToString());
                }

                foreach (var (_, child) in obj) Walk(child, fields, values);
                break;
            case JsonArray array:
                foreach (var child in array) Walk(child, fields, values);
                break;
        }
    }

    [GeneratedRegex("`([a-z_]+):?`")]
    private static partial Regex Name();
}
