using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>Building again: the same bytes every time, and a person's edit to the YAML kept and shown.</summary>
public sealed class RebuildTests
{
    [Fact]
    public void Two_builds_of_the_same_articles_write_byte_identical_files()
    {
        using var first = PipelineRun.Of(PipelineCases.SeedArticle);
        using var second = PipelineRun.Of(PipelineCases.SeedArticle);
        first.Build();
        second.Build();
        var firstFiles = PipelineCases.ReadProducts(first.Output);

        Assert.Contains("site/index.html", firstFiles.Keys);
        AssertSameTree(firstFiles, PipelineCases.ReadProducts(second.Output));

        // Building again over its own output changes nothing either.
        var again = first.Build();
        AssertSameTree(firstFiles, PipelineCases.ReadProducts(first.Output));
        Assert.Equal(again.Events, again.Merge!.Events.Unchanged);
        Assert.Empty(again.Merge.WrittenFiles);
    }

    [Fact]
    public void A_title_edited_by_hand_survives_the_next_build_and_shows_on_the_site()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();
        var stored = new EventStore(run.Output).Load(new DiagnosticBag()).Data;
        var target = stored.Events[0];
        var file = Path.Combine(run.Output, "events", target.Sources[0].Article + ".yaml");
        const string Edited = "Edited by hand, a title no extractor would write";
        File.WriteAllText(file, ReplaceTitle(File.ReadAllText(file), target.Id, Edited));

        var summary = run.Build();

        Assert.False(run.Diagnostics.HasErrors, run.DiagnosticsText());
        Assert.Equal(1, summary.Merge!.Events.KeptAsEdited);
        var reloaded = new EventStore(run.Output).Load(new DiagnosticBag()).Data;
        Assert.Equal(Edited, Assert.Single(reloaded.Events, e => e.Id == target.Id).Title);
        // The front page is the key events; every event is on "All events".
        var all = File.ReadAllText(Path.Combine(run.Site, "events.html"));
        Assert.Contains(Edited, all, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + target.Title + "<", all, StringComparison.Ordinal);
    }

    /// <summary>Edits the YAML text as a person would: the <c>title:</c> line under the event's <c>- id:</c> line.</summary>
    private static string ReplaceTitle(string yaml, string eventId, string title)
    {
        var lines = yaml.Split('\n');
        var start = Array.IndexOf(lines, "- id: " + eventId);
        Assert.True(start >= 0, $"event {eventId} not found in the YAML");
        var titleLine = Array.FindIndex(lines, start + 1, l => l.StartsWith("  title: ", StringComparison.Ordinal));
        lines[titleLine] = "  title: " + title;
        return string.Join('\n', lines);
    }

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between the two builds");
        }
    }
}
