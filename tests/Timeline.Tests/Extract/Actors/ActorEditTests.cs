using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Extract.Actors;

/// <summary>
/// Given a built seed timeline, when a person edits <c>actors.yaml</c> (alias, rename, merge, not an actor),
/// then the next build's events, actors.yaml and actor pages follow the edit.
/// </summary>
public sealed class ActorEditTests
{
    private const string ExtraArticle = """
        ---
        title: "Zelenskyy in Kyiv"
        date: 2023-08-21
        ---
        Ukrainian President Volodymyr Zelenskyy visited troops near Kharkiv on Monday.

        Volodymyr Zelensky said on Tuesday that Lukashenka had threatened Ukraine.

        """;

    [Fact]
    public void An_added_alias_makes_the_next_build_resolve_that_name_to_the_actor()
    {
        using var run = BuiltWithExtraArticle();
        Assert.DoesNotContain("  - alexander-lukashenko\n", Said(run), StringComparison.Ordinal);

        EditActors(run, "- id: alexander-lukashenko\n  name: Alexander Lukashenko\n  kind: person\n  aliases:\n  - Lukashenko\n",
            "- id: alexander-lukashenko\n  name: Alexander Lukashenko\n  kind: person\n  aliases:\n  - Lukashenka\n  - Lukashenko\n");
        run.Build();

        Assert.Contains("  - alexander-lukashenko\n", Said(run), StringComparison.Ordinal);
        Assert.Contains("Lukashenka", File.ReadAllText(Path.Combine(run.Site, "actors", "alexander-lukashenko.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_actor_keeps_its_id_and_shows_the_new_name_in_events_and_on_its_page()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();

        EditActors(run, "name: Li Shangfu\n", "name: Li Shang-fu\n");
        run.Build();

        Assert.Contains("name: Li Shang-fu\n", Actors(run), StringComparison.Ordinal);
        Assert.Contains("title: Li Shang-fu embarked on a visit to Belarus", Events(run), StringComparison.Ordinal);
        Assert.Contains("  - li-shangfu\n", Events(run), StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(run.Site, "actors", "li-shangfu.html"));
        Assert.Contains("Li Shang-fu", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_one_actor_among_the_aliases_of_another_merges_them()
    {
        using var run = BuiltWithExtraArticle();
        Assert.Contains("- id: volodymyr-zelensky\n", Actors(run), StringComparison.Ordinal);

        EditActors(run, "- id: volodymyr-zelenskyy\n  name: Volodymyr Zelenskyy\n  kind: person\n",
            "- id: volodymyr-zelenskyy\n  name: Volodymyr Zelenskyy\n  kind: person\n  aliases:\n  - Volodymyr Zelensky\n");
        run.Build();

        Assert.DoesNotContain("volodymyr-zelensky\n", Actors(run), StringComparison.Ordinal);
        var events = EventFile(run, "zelenskyy");
        Assert.DoesNotContain("- volodymyr-zelensky\n", events, StringComparison.Ordinal);
        Assert.Equal(2, events.Split("  - volodymyr-zelenskyy\n").Length - 1);
        Assert.False(File.Exists(Path.Combine(run.Site, "actors", "volodymyr-zelensky.html")));
    }

    [Fact]
    public void An_actor_marked_not_an_actor_leaves_the_events_and_gets_no_page()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        run.Build();
        Assert.Contains("  - xi-jinping\n", Events(run), StringComparison.Ordinal);

        EditActors(run, "- id: xi-jinping\n  name: Xi Jinping\n  kind: person\n", "- id: xi-jinping\n  name: Xi Jinping\n  kind: not_an_actor\n");
        run.Build();

        Assert.DoesNotContain("  - xi-jinping\n", Events(run), StringComparison.Ordinal);
        Assert.Contains("kind: not_an_actor\n", Actors(run), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Site, "actors", "xi-jinping.html")));
        Assert.True(File.Exists(Path.Combine(run.Site, "actors", "alexander-lukashenko.html")));

        run.Build();
        Assert.DoesNotContain("  - xi-jinping\n", Events(run), StringComparison.Ordinal);
    }

    private static string Said(PipelineRun run) =>
        EventFile(run, "zelenskyy").Split("\n- id: ").Single(e => e.Contains("Lukashenka had threatened", StringComparison.Ordinal));

    private static PipelineRun BuiltWithExtraArticle()
    {
        var run = PipelineRun.Of(PipelineCases.SeedArticle);
        File.WriteAllText(Path.Combine(run.Input, "zelenskyy.md"), ExtraArticle);
        run.Build();
        return run;
    }

    private static void EditActors(PipelineRun run, string from, string to)
    {
        var path = Path.Combine(run.Output, "actors.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Actors(PipelineRun run) => File.ReadAllText(Path.Combine(run.Output, "actors.yaml"));

    private static string EventFile(PipelineRun run, string articleId) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(run.Output, "events"), $"*{articleId}*.yaml").Single());

    private static string Events(PipelineRun run) =>
        string.Concat(Directory.GetFiles(Path.Combine(run.Output, "events"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
