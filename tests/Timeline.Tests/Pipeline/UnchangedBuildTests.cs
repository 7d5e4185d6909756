using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// A rebuild with nothing changed reports what a whole build reports and leaves every file as it was; any hand edit, a
/// changed template, a damaged or missing page makes it a whole build again.
/// </summary>
public sealed class UnchangedBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Input => _temp.Combine("articles");

    private string Output => _temp.Combine("output");

    private string Record => Path.Combine(Output, ".cache", "extract", "build.record");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_rebuild_with_nothing_changed_reports_what_a_whole_build_reports_and_writes_nothing()
    {
        SmallCorpus.WriteTo(Input);
        var (first, _) = Build();
        var files = SmallCorpus.Products(Output);
        var whole = WholeBuildOfACopy();

        var (again, diagnostics) = Build();

        Assert.True(Replayed(), "the rebuild was done whole");
        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(Output));
        Assert.Equal(Describe(whole.Summary), Describe(again));
        Assert.Equal(whole.Diagnostics, diagnostics);
        Assert.Equal(first.Events, again.Merge!.Events.Unchanged + again.Merge.Events.KeptAsEdited + again.Merge.Events.HandAdded);
    }

    [Fact]
    public void A_hand_edit_to_the_yaml_is_built_and_shown()
    {
        SmallCorpus.WriteTo(Input);
        Build();
        var actors = Path.Combine(Output, "actors.yaml");
        File.WriteAllText(actors, File.ReadAllText(actors).Replace("name: Sergei Shoigu", "name: Sergey Shoygu", StringComparison.Ordinal));

        var (summary, _) = Build();

        Assert.False(Replayed());
        Assert.Equal(1, summary.Merge!.Actors.KeptAsEdited);
        Assert.Contains("Sergey Shoygu", File.ReadAllText(Path.Combine(Output, "site", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_or_missing_page_is_rendered_again()
    {
        SmallCorpus.WriteTo(Input);
        Build();
        var files = SmallCorpus.Products(Output);
        File.WriteAllText(Path.Combine(Output, "site", "index.html"), "<p>damaged</p>");
        File.Delete(Path.Combine(Output, "site", "feed.xml"));

        Build();

        Assert.False(Replayed());
        SmallCorpus.AssertSameFiles(files, SmallCorpus.Products(Output));
    }

    [Fact]
    public void A_changed_template_or_a_damaged_record_means_a_whole_build()
    {
        SmallCorpus.WriteTo(Input);
        Build();
        _temp.Write("templates/layout.sbn-html", "<footer>made by hand</footer>{{ content }}\n");
        Build();
        Assert.False(Replayed());
        Assert.Contains("made by hand", File.ReadAllText(Path.Combine(Output, "site", "index.html")), StringComparison.Ordinal);

        File.WriteAllText(Record, "{ not json");
        Build();
        Assert.False(Replayed());
        Build();
        Assert.True(Replayed());
    }

    // A replay leaves the record as it was; a whole build writes it anew.
    private bool Replayed() => File.GetLastWriteTimeUtc(Record) == Past;

    private static readonly DateTime Past = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private (BuildSummary Summary, List<string> Diagnostics) Build(string? output = null)
    {
        if (File.Exists(Record)) File.SetLastWriteTimeUtc(Record, Past);
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(new BuildOptions { Input = Input, Output = output ?? Output }).Build(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (summary, [.. diagnostics.ToSortedList().Select(d => d.ToString().Replace(output ?? Output, "OUT", StringComparison.Ordinal))]);
    }

    // The same output and extraction cache in another folder, without the record: what a whole build reports.
    private (BuildSummary Summary, List<string> Diagnostics) WholeBuildOfACopy()
    {
        var copy = _temp.Combine("copy");
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Where(f => f != Record))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Build(copy);
    }

    private static string Describe(BuildSummary s) =>
        $"{s.Articles} {s.Extracted} {s.FromCache} {s.Events} {s.Actors} {s.Merge!.Events} {s.Merge.Actors} {string.Join(',', s.Merge.WrittenFiles)} " +
        $"{s.SiteRender!.Pages} {s.SiteRender.Files} {s.NotRendered} {s.NothingWritten}";
}
