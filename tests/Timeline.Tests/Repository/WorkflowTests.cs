using System.Diagnostics;
using Timeline.Scaffold;
using YamlDotNet.RepresentationModel;

namespace Timeline.Tests.Repository;

/// <summary>The Pages workflows, the sharded example and the composite action: current action versions, and base_url added without breaking the settings file.</summary>
public sealed class WorkflowTests
{
    private static readonly HashSet<string> CurrentActions =
    [
        "actions/checkout@v6", "actions/setup-dotnet@v5", "actions/configure-pages@v6", "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5", "./",
        "actions/upload-artifact@v7", "actions/download-artifact@v8",
    ];

    public static TheoryData<string> Files => new() { "pages.yml", "action.yml", "scaffold", "sharded-build.yml" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_action_used_is_at_its_current_major_version(string file)
    {
        var uses = Steps(Load(file)).Select(s => Scalar(s, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Contains(u, CurrentActions));
    }

    [Theory]
    [InlineData("action.yml")]
    [InlineData("scaffold")]
    public void Base_url_is_added_on_its_own_line_to_a_settings_file_without_a_final_newline(string file)
    {
        var result = RunSiteSettings(file, "title: My timeline", "https://someone.github.io/news");

        Assert.Equal("title: My timeline\nbase_url: https://someone.github.io/news/\n", result);
    }

    [Theory]
    [InlineData("action.yml")]
    [InlineData("scaffold")]
    public void A_base_url_the_settings_set_is_kept_and_none_is_added_without_an_address(string file)
    {
        Assert.Equal("base_url: https://example.org/\n", RunSiteSettings(file, "base_url: https://example.org/\n", "https://someone.github.io/news"));
        Assert.Equal("title: T\n", RunSiteSettings(file, "title: T\n", ""));
        Assert.Equal("base_url: https://someone.github.io/news/\n", RunSiteSettings(file, null, "https://someone.github.io/news/"));
    }

    [Fact]
    public void The_repository_workflow_builds_the_sample_with_its_own_action()
    {
        var step = Assert.Single(Steps(Load("pages.yml")), s => Scalar(s, "uses") == "./");
        var with = (YamlMappingNode)step.Children[new YamlScalarNode("with")];

        Assert.Equal("seeds", ((YamlScalarNode)with.Children[new YamlScalarNode("articles")]).Value);
    }

    private static string? RunSiteSettings(string file, string? settings, string baseUrl)
    {
        var step = Assert.Single(Steps(Load(file)), s => Scalar(s, "name") == "Site settings");
        using var temp = new TempFolder();
        if (settings is not null) temp.Write("timeline.yaml", settings);
        var runnerTemp = temp.Combine("runner");
        Directory.CreateDirectory(runnerTemp);
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", Scalar(step, "run")!])
        {
            WorkingDirectory = temp.Path,
            RedirectStandardError = true,
        };
        start.Environment["RUNNER_TEMP"] = runnerTemp;
        start.Environment["CONFIG"] = "timeline.yaml";
        start.Environment["BASE_URL"] = baseUrl;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(10_000), "the script finishes");
        Assert.True(process.ExitCode == 0, errors);
        return File.ReadAllText(Path.Combine(runnerTemp, "timeline.yaml"));
    }

    private static YamlMappingNode Load(string file)
    {
        var text = file switch
        {
            "pages.yml" => SourceTree.Read(".github", "workflows", "pages.yml"),
            "action.yml" => SourceTree.Read("action.yml"),
            "sharded-build.yml" => SourceTree.Read("docs", "examples", "sharded-build.yml"),
            _ => ProjectScaffold.Read("pages.yml"),
        };
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode root)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("runs"), out var runs))
        {
            return ((YamlSequenceNode)((YamlMappingNode)runs).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>();
        }

        var jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];
        return jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
