using System.Text.RegularExpressions;
using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Pipeline;
using Timeline.Store;
using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Store;

/// <summary>The acceptance scenario: extract, edit by hand, add an article, extract again; nothing a person wrote is lost.</summary>
public sealed partial class EditsSurviveReRunTests
{
    private const string NewArticle = """
        ---
        title: "Minsk hosts a regional security forum"
        date: 2023-09-12
        source: Test wire
        ---
        Belarusian President Alexander Lukashenko opened a regional security forum in Minsk on Monday.
        Chinese officials attended the forum, and the organisers announced a second meeting for next year.
        """;

    [Fact]
    public void Every_hand_edit_survives_a_re_run_that_also_adds_a_new_article()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        var builder = new TimelineBuilder(run.Options);
        builder.Extract(new DiagnosticBag());
        var file = Directory.GetFiles(Path.Combine(run.Output, "events"), "*.yaml").Single();
        var ids = Regex.Matches(File.ReadAllText(file), "^- id: (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(ids.Count >= 4, $"the seed article should give at least 4 events, not {ids.Count}");

        // Given a person who retitles, redates, recasts, deletes and adds events in the YAML...
        EditBlock(file, ids[0], b => Regex.Replace(b, "^  title: .*$", "  title: Retitled by hand", RegexOptions.Multiline));
        EditBlock(file, ids[1], b => DateBlock().Replace(b, "  date: ~2023-08\n"));
        EditBlock(file, ids[2], b => ActorsBlock().Replace(b, "  actors:\n  - belarus\n"));
        StoreFiles.RemoveItem(file, ids[3]);
        StoreFiles.Edit(file, "\nevents:\n", "\nevents:\n- id: written-in-the-file\n  title: Written in the file\n  date: 2023?\n  note: mine\n");
        var addDiagnostics = new DiagnosticBag();
        var added = new EventStore(run.Output).AddByHand(
            new HandEvent { Date = "2023-08-20", Title = "Added from the command line", Actors = ["belarus"] }, addDiagnostics);
        Assert.True(added == "added-from-the-command-line", string.Join("\n", addDiagnostics.ToSortedList()));

        // ...when a new article arrives and extraction runs again...
        File.WriteAllText(Path.Combine(run.Input, "minsk-forum.md"), NewArticle);
        var diagnostics = new DiagnosticBag();
        var summary = builder.Extract(diagnostics);

        // ...then every edit is still there and the new article's events are added.
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var stored = new EventStore(run.Output).Load(new DiagnosticBag()).Data;
        var byId = stored.Events.ToDictionary(e => e.Id);
        Assert.Equal("Retitled by hand", byId[ids[0]].Title);
        Assert.Equal(("2023-08", DatePrecision.Month, true, new DateOnly(2023, 8, 1)), (byId[ids[1]].Date.Value, byId[ids[1]].Date.Precision, byId[ids[1]].Date.Approximate, byId[ids[1]].Date.Start!.Value));
        Assert.Equal(["belarus"], byId[ids[2]].Actors);
        Assert.DoesNotContain(ids[3], byId.Keys);
        Assert.Contains($"deleted:\n- {ids[3]}\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal((DatePrecision.Year, true), (byId["written-in-the-file"].Date.Precision, byId["written-in-the-file"].Date.Approximate));
        Assert.Contains("  note: mine\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal("Added from the command line", byId["added-from-the-command-line"].Title);
        Assert.Contains(stored.Articles, a => a.Id == "minsk-forum");
        Assert.Contains(stored.Events, e => e.Sources.Any(s => s.Article == "minsk-forum"));
        Assert.True(summary.Merge!.Events.Added > 0);
        Assert.True(summary.Merge.Events.KeptAsEdited >= 3, $"kept as edited: {summary.Merge.Events.KeptAsEdited}");
        var validation = new DiagnosticBag();
        new StoreValidator(run.Output).Validate(validation);
        Assert.False(validation.HasErrors, string.Join("\n", validation.ToSortedList()));
    }

    /// <summary>Rewrites the lines of one event item (from its "- id:" line to the next item or top-level key).</summary>
    private static void EditBlock(string path, string id, Func<string, string> edit)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf($"\n- id: {id}\n", StringComparison.Ordinal) + 1;
        Assert.True(start > 0, $"no event {id}");
        var end = NextItem().Match(text, start + 1) is { Success: true } next ? next.Index + 1 : text.Length;
        var block = text[start..end];
        var edited = edit(block);
        Assert.NotEqual(block, edited);
        File.WriteAllText(path, text[..start] + edited + text[end..]);
    }

    [GeneratedRegex(@"^  date:\n(?:    .*\n)+", RegexOptions.Multiline)]
    private static partial Regex DateBlock();

    [GeneratedRegex(@"^  actors:\n(?:  - .*\n)+", RegexOptions.Multiline)]
    private static partial Regex ActorsBlock();

    [GeneratedRegex(@"\n(?:- |[a-z])", RegexOptions.None)]
    private static partial Regex NextItem();
}
