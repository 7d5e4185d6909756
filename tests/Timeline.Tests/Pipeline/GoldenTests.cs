using System.Text;
using Timeline.Diagnostics;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// Whole-pipeline golden files: each <c>cases/pipeline/&lt;case&gt;/seeds</c> is built and every file under
/// <c>expected/</c> (events, actors.yaml, diagnostics.txt) must match byte for byte.
/// <c>UPDATE_GOLDEN=1</c> rewrites the expected files in the source tree instead; then read the diff.
/// </summary>
public sealed class GoldenTests
{
    private const string DiagnosticsFile = "diagnostics.txt";

    public static TheoryData<string> Cases() => [.. PipelineCases.Names()];

    [Fact]
    public void The_named_cases_are_present()
    {
        Assert.Subset(PipelineCases.Names().ToHashSet(), new HashSet<string> { "malformed-front-matter", "no-date-reference", PipelineCases.SeedArticle });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_output_matches_the_expected_files(string name)
    {
        using var run = PipelineRun.Of(name);
        run.Build();
        var produced = Produced(run);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Rewrite(PipelineCases.SourceExpected(name), produced);
            return;
        }

        var expectedFolder = Path.Combine(PipelineCases.Folder, name, "expected");
        Assert.True(Directory.Exists(expectedFolder), $"{name} has no expected/ folder: run the tests with UPDATE_GOLDEN=1, then read the diff.");
        var expected = PipelineCases.ReadTree(expectedFolder);
        Assert.Equal(expected.Keys, produced.Keys);
        foreach (var (path, bytes) in expected)
        {
            AssertSameBytes(path, bytes, produced[path]);
        }
    }

    [Fact]
    public void The_seed_case_also_renders_the_site_index()
    {
        using var run = PipelineRun.Of(PipelineCases.SeedArticle);
        var summary = run.Build();

        Assert.Equal(run.Site, summary.Site);
        Assert.True(File.Exists(Path.Combine(run.Site, "index.html")));
    }

    [Fact]
    public void A_bad_article_is_reported_and_the_good_one_is_still_built()
    {
        using var run = PipelineRun.Of("malformed-front-matter");
        var summary = run.Build();

        Assert.True(run.Diagnostics.HasErrors);
        Assert.Equal(1, summary.Articles);
        Assert.True(File.Exists(Path.Combine(run.Output, "events", "good.yaml")));
        var broken = Assert.Single(run.Diagnostics.ToSortedList(), d => d.Path.EndsWith("broken.md", StringComparison.Ordinal));
        Assert.Equal(("TL0101", Severity.Error), (broken.Code, broken.Severity));
        Assert.True(broken.Line > 1, $"the YAML error should point into the front matter, not at line {broken.Line}");
    }

    private static SortedDictionary<string, byte[]> Produced(PipelineRun run)
    {
        // The site is Render's to test; here only the store and the diagnostics are golden.
        var produced = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in PipelineCases.ReadProducts(run.Output))
        {
            if (!path.StartsWith("site/", StringComparison.Ordinal))
            {
                produced[path] = bytes;
            }
        }

        produced[DiagnosticsFile] = Encoding.UTF8.GetBytes(run.DiagnosticsText());
        return produced;
    }

    private static void Rewrite(string expectedFolder, SortedDictionary<string, byte[]> produced)
    {
        if (Directory.Exists(expectedFolder))
        {
            Directory.Delete(expectedFolder, recursive: true);
        }

        foreach (var (path, bytes) in produced)
        {
            var target = Path.Combine(expectedFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }

    private static void AssertSameBytes(string path, byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        // Show the text difference first: it is what a person can act on.
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Fail($"{path}: same text, different bytes (encoding or BOM).");
    }
}
