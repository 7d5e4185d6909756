using System.Diagnostics;
using Timeline.Tests.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Timeline.Tests.Repository;

/// <summary>
/// The sharded GitHub Actions example (docs/examples/sharded-build.yml): its own shell steps, run with the built
/// <c>timeline</c> for every shard of the matrix, then its merge step over the gathered caches, give what one build gives.
/// </summary>
public sealed class ShardWorkflowTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void The_matrix_shards_then_the_merge_job_write_the_files_one_build_writes()
    {
        // Given the workflow, and a repository checkout holding the small corpus
        var workflow = Load();
        var env = Map(workflow, "env").Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);
        var jobs = Map(workflow, "jobs");
        var shardJob = Map(jobs, "shard");
        var matrix = ((YamlSequenceNode)Map(Map(shardJob, "strategy"), "matrix").Children[new YamlScalarNode("shard")]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();
        var extract = Step(shardJob, s => Text(s, "name")?.StartsWith("Extract shard", StringComparison.Ordinal) == true);
        var upload = Step(shardJob, s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var mergeJob = Map(jobs, "merge");
        var gather = Step(mergeJob, s => Text(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true && Map(s, "with").Children.ContainsKey(new YamlScalarNode("pattern")));
        var merge = Step(mergeJob, s => Text(s, "name") == "Merge and render");
        Assert.True(matrix.Count > 1, "the example shards");

        // When each shard job runs its extract step in its own checkout, and the merge job gathers every uploaded cache
        var artifacts = new List<string>();
        foreach (var shard in matrix)
        {
            var checkout = Checkout($"shard-{shard}");
            var shardEnv = new Dictionary<string, string>(env) { ["SHARD"] = Text(Map(extract, "env"), "SHARD")!.Replace("${{ matrix.shard }}", shard, StringComparison.Ordinal)
                .Replace("${{ strategy.job-total }}", matrix.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) };
            Bash(Text(extract, "run")!, checkout, shardEnv);
            var uploaded = Path.Combine(checkout, Text(Map(upload, "with"), "path")!);
            if (Directory.Exists(uploaded)) artifacts.Add(uploaded);
        }

        var merged = Checkout("merge");
        var gathered = Path.Combine(merged, Text(Map(gather, "with"), "path")!);
        Directory.CreateDirectory(gathered);
        foreach (var file in artifacts.SelectMany(Directory.GetFiles)) File.Copy(file, Path.Combine(gathered, Path.GetFileName(file)));
        var output = Bash(Text(merge, "run")!, merged, env);

        // Then the merge extracted nothing, and wrote the files one ordinary build writes
        Assert.Contains("articles: 0 extracted, 6 from the cache", output, StringComparison.Ordinal);
        var single = Checkout("single");
        Bash("timeline build \"$ARTICLES\" -o \"$OUTPUT\" --no-cache", single, env);
        SmallCorpus.AssertSameFiles(SmallCorpus.Products(Path.Combine(single, env["OUTPUT"])), SmallCorpus.Products(Path.Combine(merged, env["OUTPUT"])));
    }

    private string Checkout(string name)
    {
        var folder = _temp.Combine(name);
        SmallCorpus.WriteTo(Path.Combine(folder, "articles"));
        return folder;
    }

    // Runs a step's script as the runner does (bash -e), with the built timeline first on the PATH; returns standard output.
    private static string Bash(string script, string folder, Dictionary<string, string> env)
    {
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in env) start.Environment[key] = value;
        start.Environment["PATH"] = AppContext.BaseDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the step finishes");
        Assert.True(process.ExitCode == 0, $"{script}\n{output}\n{errors.Result}");
        return output;
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(SourceTree.Read("docs", "examples", "sharded-build.yml")));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlMappingNode Step(YamlMappingNode job, Func<YamlMappingNode, bool> which) =>
        Assert.Single(((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>(), s => which(s));

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public void Dispose() => _temp.Dispose();
}
