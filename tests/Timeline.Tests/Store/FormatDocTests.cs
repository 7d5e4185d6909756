using System.Text.RegularExpressions;
using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed partial class FormatDocTests
{
    [Fact]
    public void The_examples_in_the_format_doc_load_without_diagnostics()
    {
        var doc = File.ReadAllText(FindDoc());
        var blocks = YamlBlock().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, blocks.Count);
        using var store = new TempFolder();
        Directory.CreateDirectory(store.File("events"));
        File.WriteAllText(store.File("events", "belarus-visit.yaml"), blocks[0]);
        File.WriteAllText(store.File("actors.yaml"), blocks[1]);
        File.WriteAllText(store.File(SummaryStore.FileName), blocks[2]);
        var diagnostics = new DiagnosticBag();

        var loaded = new EventStore(store.Path).Load(diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["li-shangfu-visit-belarus", "talks-announced"], loaded.Data.Events.Select(e => e.Id));
        Assert.Equal(["li-shangfu", "belarus", "minsk"], loaded.Data.Actors.Select(a => a.Id));
        new StoreValidator(store.Path).Validate(diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Empty(YamlJson.SchemaErrors(blocks[0], actors: false));
        Assert.Empty(YamlJson.SchemaErrors(blocks[1], actors: true));
        Assert.Empty(YamlJson.SummarySchemaErrors(blocks[2]));
        var summary = new SummaryStore(store.Path).Load(diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(2, summary!.Dates.Single().Entries.Count);
    }

    [Fact]
    public void The_fingerprint_in_the_summary_example_is_that_of_its_entry()
    {
        var doc = File.ReadAllText(FindDoc());
        var block = YamlBlock().Matches(doc)[2].Groups[1].Value;
        using var store = new TempFolder();
        File.WriteAllText(store.File(SummaryStore.FileName), block);

        var entry = new SummaryStore(store.Path).Load(new DiagnosticBag())!.Dates[0].Entries[1];

        Assert.Contains($"fingerprint: \"{Fingerprints.Of(entry)}\"", block, StringComparison.Ordinal);
    }

    private static string FindDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "yaml-format.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/yaml-format.md not found above the test folder");
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
