using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// The real extractor names events after their actors, so renaming or merging an actor in actors.yaml makes it
/// propose new ids. A rebuild keeps every id as written: no deleted event comes back, no edited one is doubled.
/// </summary>
public sealed class ActorEditsKeepIdsTests
{
    private const string Deleted = "li-shangfu-drills";
    private const string Edited = "li-shangfu-meet-sergei-shoigu";
    private const string EditedTitle = "Li met Shoigu in Moscow (checked with the desk)";

    [Fact]
    public void Renaming_and_merging_actors_keeps_every_event_id_deletion_and_edit()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();
        var before = Events(run.Output);
        Assert.Contains(Deleted, before.Keys);
        Assert.Contains(Edited, before.Keys);
        var file = Path.Combine(run.Output, "events", before[Deleted].Sources[0].Article + ".yaml");
        File.WriteAllText(file, EditEvents(File.ReadAllText(file)));
        var actors = Path.Combine(run.Output, "actors.yaml");
        File.WriteAllText(actors, EditActors(File.ReadAllText(actors)));

        run.Build();

        Assert.False(run.Diagnostics.HasErrors, run.DiagnosticsText());
        var after = Events(run.Output);
        Assert.Equal(before.Keys.Where(id => id != Deleted).Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EditedTitle, after[Edited].Title);
        var places = after.Values.Where(e => e.Sources.Count > 0).Select(e => e.Sources[0].TriggerOffset).ToList();
        Assert.Equal(places.Count, places.Distinct().Count());
        Assert.DoesNotContain(before[Deleted].Sources[0].TriggerOffset, places);
        // The untouched events follow the extractor: the merged actor is gone from them.
        Assert.DoesNotContain(after.Values, e => e.Id != Edited && e.Actors.Contains("alexander-lukashenko"));

        // The same articles and actors.yaml in a fresh folder: the extractor does propose other ids, so the ids
        // above were kept by the store, not by chance.
        using var fresh = new TempFolder();
        var freshOutput = fresh.Combine("output");
        Directory.CreateDirectory(freshOutput);
        File.Copy(actors, Path.Combine(freshOutput, "actors.yaml"));
        new Timeline.Pipeline.TimelineBuilder(run.Options with { Output = freshOutput }).Build(new DiagnosticBag());
        var proposed = Events(freshOutput).Keys.ToList();
        Assert.Contains(proposed, id => id.StartsWith("defence-minister-li-", StringComparison.Ordinal));
        Assert.NotEqual(before.Keys.Order(StringComparer.Ordinal), proposed.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, TimelineEvent> Events(string output) =>
        new EventStore(output).Load(new DiagnosticBag()).Data.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

    // As a person edits the file: one event removed, one retitled.
    private static string EditEvents(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.IndexOf("- id: " + Deleted);
        var end = lines.FindIndex(start + 1, l => !l.StartsWith("  ", StringComparison.Ordinal));
        lines.RemoveRange(start, end - start);
        var edited = lines.IndexOf("- id: " + Edited);
        var title = lines.FindIndex(edited + 1, l => l.StartsWith("  title: ", StringComparison.Ordinal));
        lines[title] = "  title: " + EditedTitle;
        return string.Join('\n', lines);
    }

    // Li Shangfu renamed; Alexander Lukashenko merged into Belarus (his name an alias of it, his entry deleted).
    private static string EditActors(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        var li = lines.IndexOf("- id: li-shangfu");
        lines[li + 1] = "  name: Defence Minister Li";
        var lukashenko = lines.IndexOf("- id: alexander-lukashenko");
        var end = lines.FindIndex(lukashenko + 1, l => !l.StartsWith("  ", StringComparison.Ordinal));
        lines.RemoveRange(lukashenko, end - lukashenko);
        var aliases = lines.FindIndex(lines.IndexOf("- id: belarus"), l => l == "  aliases:");
        lines.Insert(aliases + 1, "  - Alexander Lukashenko");
        return string.Join('\n', lines);
    }
}
