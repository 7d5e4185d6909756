using Timeline.Scaffold;

namespace Timeline.Tests.Cli;

/// <summary><c>timeline init</c>: a new timeline repository that builds at once, and never overwrites a file unasked.</summary>
public sealed class InitCommandTests : IDisposable
{
    private static readonly string[] Scaffold = ["articles/example.md", "timeline.yaml", ".gitignore", ".github/workflows/pages.yml"];

    private readonly TempFolder _temp = new();

    private string Folder => _temp.Combine("my-timeline");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Init_into_a_new_folder_writes_the_example_the_settings_the_gitignore_and_the_workflow()
    {
        var result = CliRunner.Run("init", Folder);

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Errors);
        foreach (var file in Scaffold)
        {
            Assert.True(File.Exists(Path.Combine(Folder, file)), file);
            Assert.Contains($"created {Path.Combine(Folder, file)}\n", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("output/site/", File.ReadAllText(Path.Combine(Folder, ".gitignore")), StringComparison.Ordinal);
        Assert.Contains($"cd {Folder} && timeline build articles -o output", result.Output, StringComparison.Ordinal);
        Assert.Contains("replace 'your-name/timeline'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_init_refuses_and_changes_nothing_unless_forced()
    {
        Assert.Equal(0, CliRunner.Run("init", Folder).Exit);
        var settings = Path.Combine(Folder, "timeline.yaml");
        File.WriteAllText(settings, "title: Mine\n");

        var again = CliRunner.Run("init", Folder);

        Assert.Equal(1, again.Exit);
        Assert.Equal(Scaffold.Length, again.ErrorLines.Count);
        Assert.All(again.ErrorLines, l => Assert.EndsWith("error TL0901: already exists, so nothing was written (--force overwrites the scaffold's files)", l, StringComparison.Ordinal));
        Assert.Equal("", again.Output);
        Assert.Equal("title: Mine\n", File.ReadAllText(settings));

        Assert.Equal(0, CliRunner.Run("init", Folder, "--force").Exit);
        Assert.Equal(ProjectScaffold.Read("timeline.yaml"), File.ReadAllText(settings));
    }

    [Fact]
    public void One_existing_file_is_enough_to_write_nothing()
    {
        _temp.Write("my-timeline/.gitignore", "bin/\n");

        var result = CliRunner.Run("init", Folder);

        Assert.Equal(1, result.Exit);
        Assert.Single(result.ErrorLines);
        Assert.Equal("bin/\n", File.ReadAllText(Path.Combine(Folder, ".gitignore")));
        Assert.False(File.Exists(Path.Combine(Folder, "timeline.yaml")));
        Assert.False(Directory.Exists(Path.Combine(Folder, "articles")));
    }

    [Fact]
    public void Build_of_the_scaffold_works_and_uses_its_settings()
    {
        Assert.Equal(0, CliRunner.Run("init", Folder).Exit);

        var result = CliRunner.Run("build", Path.Combine(Folder, "articles"), "-o", Path.Combine(Folder, "output"));

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Errors);
        Assert.Contains("1 article(s), ", result.Output, StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(Folder, "output", "site", "index.html"));
        Assert.Contains("My timeline", index, StringComparison.Ordinal);
        Assert.Contains("Bergen", index, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_builds_the_tool_from_the_named_source_and_runs_timeline_build_on_articles()
    {
        Assert.Equal(0, CliRunner.Run("init", Folder, "--source", "someone/timeline").Exit);

        var workflow = File.ReadAllText(Path.Combine(Folder, ".github", "workflows", "pages.yml"));

        Assert.Contains("repository: someone/timeline\n", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain(ProjectScaffold.SourcePlaceholder, workflow, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --tool-path \"$RUNNER_TEMP/tools\" --add-source \"$RUNNER_TEMP/nupkg\" Timeline.Cli", workflow, StringComparison.Ordinal);
        Assert.Contains("run: timeline build articles -o output --config \"$RUNNER_TEMP/timeline.yaml\"\n", workflow, StringComparison.Ordinal);
        Assert.Contains("path: output/site\n", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_is_not_owner_slash_name_is_refused()
    {
        var result = CliRunner.Run("init", Folder, "--source", "https://github.com/someone/timeline");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("--source must be a GitHub repository as owner/name", result.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));
    }
}
