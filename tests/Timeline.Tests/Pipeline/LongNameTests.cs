using Timeline.Diagnostics;
using Timeline.Ingest;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>File names of any length give ids short enough for every file made from them.</summary>
public sealed class LongNameTests
{
    [Fact]
    public void A_long_file_name_gives_a_short_id_with_a_hash_that_tells_it_apart()
    {
        var stem = string.Join('-', Enumerable.Repeat("minister-visits-minsk", 11));
        var first = ArticleIds.Slug(stem + "-one.md");
        var second = ArticleIds.Slug(stem + "-two.md");

        Assert.InRange(first.Length, 50, ArticleIds.MaxLength);
        Assert.NotEqual(first, second);
        Assert.StartsWith("minister-visits-minsk-", first, StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{8}$", first);
        Assert.Equal(first, ArticleIds.Slug(stem + "-one.md"));
    }

    [Fact]
    public void An_article_with_a_250_character_file_name_is_built_with_the_others()
    {
        using var temp = new TempFolder();
        const string Body = "---\ntitle: Minister in Minsk\ndate: 2023-08-18\n---\nChinese Defense Minister Li Shangfu arrived in Belarus on Friday.\n";
        var name = new string('x', 120) + "_" + new string('y', 126) + ".md";
        Assert.Equal(250, name.Length);
        temp.Write(Path.Combine("in", name), Body);
        temp.Write("in/short.md", Body.Replace("Minsk", "Brest", StringComparison.Ordinal));
        var options = new BuildOptions { Input = temp.Combine("in"), Output = temp.Combine("out"), UseCache = false };
        var diagnostics = new DiagnosticBag();

        var summary = new TimelineBuilder(options).Build(diagnostics);

        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.NotNull(summary.Site);
        Assert.Equal(2, Directory.GetFiles(temp.Combine("out", "events"), "*.yaml").Length);
    }
}
