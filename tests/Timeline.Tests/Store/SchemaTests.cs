using Timeline.Diagnostics;
using Timeline.Store;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Store;

/// <summary>The JSON Schemas editors validate with: they accept what the tool writes and reject the mistakes validate reports.</summary>
public sealed class SchemaTests : IDisposable
{
    private const string Header = StoreSchemas.EventsHeader + "article:\n  id: a1\n  title: A\nevents:\n";

    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    public static TheoryData<string> Cases() => [.. PipelineCases.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_file_of_a_golden_case_names_its_schema_and_is_valid_against_it(string name)
    {
        using var run = PipelineRun.Of(name);
        run.Build();

        var files = Directory.GetFiles(run.Output, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var schemaPath = Assert.Single(text.Split('\n').Take(1), l => l.StartsWith("# yaml-language-server: $schema=", StringComparison.Ordinal))[32..];
            var schemaFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, schemaPath));
            Assert.True(File.Exists(schemaFile), $"{file} names {schemaPath}, which is not there");
            var actors = Path.GetFileName(file) == "actors.yaml";
            if (Path.GetFileName(file) == SummaryStore.FileName)
            {
                Assert.Equal(StoreSchemas.Summary, File.ReadAllText(schemaFile));
                Assert.Empty(YamlJson.SummarySchemaErrors(text));
                continue;
            }

            Assert.Equal(actors ? StoreSchemas.Actors : StoreSchemas.Events, File.ReadAllText(schemaFile));
            Assert.Empty(YamlJson.SchemaErrors(text, actors));
        }
    }

    [Fact]
    public void Files_the_store_writes_with_every_optional_field_are_valid()
    {
        var e = Samples.Event("a") with { Status = Timeline.Model.EventStatus.Planned, Tags = ["x"] };
        var dated = e with { Id = "b", Date = e.Date with { Approximate = true, Planned = true, Relation = Timeline.Model.DateRelation.After, Anchor = "a" } };
        new EventStore(_out.Path).Save(Samples.Data([e, dated]), new DiagnosticBag());
        File.WriteAllText(_out.File("events", "belarus-visit.yaml"), File.ReadAllText(_out.File("events", "belarus-visit.yaml")).Replace("  fingerprint:", "  note: mine\n  fingerprint:", StringComparison.Ordinal));

        Assert.Empty(YamlJson.SchemaErrors(File.ReadAllText(_out.File("events", "belarus-visit.yaml")), actors: false));
        Assert.Empty(YamlJson.SchemaErrors(File.ReadAllText(_out.File("actors.yaml")), actors: true));
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-08")]
    [InlineData("2023-08-18")]
    [InlineData("2023-08-16/2023-08-18")]
    [InlineData("~2023-08")]
    [InlineData("2023?")]
    [InlineData("-0044")]
    [InlineData("202X")]
    [InlineData("\"2023\"")]
    public void Every_short_date_form_is_valid(string date)
    {
        var yaml = Header + $"- id: e1\n  title: One\n  date: {date}\n";

        Assert.Empty(YamlJson.SchemaErrors(yaml, actors: false));
        Assert.Empty(Validate(yaml));
    }

    [Theory]
    [InlineData("unknown field", "- id: e1\n  title: One\n  titel: x\n  date: 2023\n")]
    [InlineData("month 13", "- id: e1\n  title: One\n  date: 2023-13\n")]
    [InlineData("words for a date", "- id: e1\n  title: One\n  date: last week\n")]
    [InlineData("no such day", "- id: e1\n  title: One\n  date:\n    value: \"2023-02\"\n    precision: month\n    start: 2023-02-30\n")]
    [InlineData("bad precision", "- id: e1\n  title: One\n  date:\n    value: \"2023\"\n    precision: fortnight\n")]
    [InlineData("missing title", "- id: e1\n  date: 2023\n")]
    [InlineData("actors not a list", "- id: e1\n  title: One\n  date: 2023\n  actors: li-shangfu\n")]
    [InlineData("bad status", "- id: e1\n  title: One\n  date: 2023\n  status: happend\n")]
    public void A_bad_events_file_is_rejected_by_the_schema_and_by_validate(string why, string events)
    {
        var yaml = Header + events;

        Assert.True(YamlJson.SchemaErrors(yaml, actors: false).Count > 0, $"the schema should reject {why}:\n{yaml}");
        Assert.Contains(Validate(yaml), d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("- id: y\n  name: Y\n  kind: robot\n")]
    [InlineData("- id: y\n  nmae: Y\n  kind: group\n")]
    [InlineData("- id: y\n  name: Y\n  kind: [person]\n")]
    public void A_bad_actor_is_rejected_by_the_schema_and_by_validate(string actor)
    {
        var yaml = StoreSchemas.ActorsHeader + "actors:\n- id: x\n  name: X\n  kind: person\n" + actor;

        Assert.True(YamlJson.SchemaErrors(yaml, actors: true).Count > 0, $"the schema should reject:\n{yaml}");
        File.WriteAllText(_out.File("actors.yaml"), yaml);
        var diagnostics = new DiagnosticBag();
        new StoreValidator(_out.Path).Validate(diagnostics);
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void The_embedded_schemas_are_the_repository_schema_folder()
    {
        var root = new DirectoryInfo(PipelineCases.SourceExpected("x"));
        while (!File.Exists(Path.Combine(root.FullName, "Timeline.sln")))
        {
            root = root.Parent!;
        }

        var schema = Path.Combine(root.FullName, "schema");

        Assert.Equal(File.ReadAllText(Path.Combine(schema, StoreSchemas.EventsFile)).ReplaceLineEndings("\n"), StoreSchemas.Events);
        Assert.Equal(File.ReadAllText(Path.Combine(schema, StoreSchemas.ActorsFile)).ReplaceLineEndings("\n"), StoreSchemas.Actors);
    }

    private IReadOnlyList<Diagnostic> Validate(string yaml)
    {
        Directory.CreateDirectory(_out.File("events"));
        File.WriteAllText(_out.File("events", "a1.yaml"), yaml);
        var diagnostics = new DiagnosticBag();
        new StoreValidator(_out.Path).Validate(diagnostics);
        return diagnostics.ToSortedList();
    }
}
