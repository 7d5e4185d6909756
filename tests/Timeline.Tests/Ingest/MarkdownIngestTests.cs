using Timeline.Diagnostics;
using Timeline.Ingest;

namespace Timeline.Tests.Ingest;

public sealed class MarkdownIngestTests
{
    private const string Sample = """
        ---
        title: "China's defence minister   visits Belarus"
        date: 2023-08-18
        source: Sample article
        url: https://example.org/a
        tags: [defence, china, belarus]
        ---
        China's **Defense Minister** Li Shangfu visited [Belarus](https://example.org/by) on *Friday*.

        ## Talks in Minsk

        Both sides spoke of `drills` and
        more cooperation &amp; trust.

        - first point
        - second point

        > Quoted words.
        """;

    [Fact]
    public void Reads_front_matter_metadata()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("000_63eeceb696f9f150.md", Sample);

        Assert.NotNull(article);
        Assert.Empty(diagnostics);
        Assert.Equal("000-63eeceb696f9f150", article.Id);
        Assert.Equal("China's defence minister visits Belarus", article.Title);
        Assert.Equal(new DateOnly(2023, 8, 18), article.Date);
        Assert.False(article.DateFromReference);
        Assert.Equal("Sample article", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(["defence", "china", "belarus"], article.Tags);
        Assert.Equal(8, article.BodyLine);
    }

    [Fact]
    public void Converts_the_markdown_body_to_plain_paragraphs()
    {
        var (article, _) = IngestFixture.ReadOne("a.md", Sample);

        Assert.Equal(
            "China's Defense Minister Li Shangfu visited Belarus on Friday.\n\n" +
            "Talks in Minsk\n\n" +
            "Both sides spoke of drills and more cooperation & trust.\n\n" +
            "first point\n\n" +
            "second point\n\n" +
            "Quoted words.",
            article!.Body);
        Assert.DoesNotContain("**", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_a_single_tag_string_as_one_tag()
    {
        var (article, _) = IngestFixture.ReadOne("a.md", "---\ntitle: T\ndate: 2023-01-02\ntags: politics\n---\nBody.\n");

        Assert.Equal(["politics"], article!.Tags);
    }

    [Fact]
    public void Uses_a_leading_heading_as_the_title_when_the_front_matter_has_none()
    {
        var (article, _) = IngestFixture.ReadOne("a.md", "---\ndate: 2023-01-02\n---\n\n# The headline\n\nFirst paragraph.\n");

        Assert.Equal("The headline", article!.Title);
        Assert.Equal("First paragraph.", article.Body);
        Assert.Equal(7, article.BodyLine);
    }

    [Fact]
    public void Reads_markdown_without_front_matter_and_titles_it_from_the_file_name()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("my_first-story.markdown", "Just *one* paragraph.\r\nStill it.\r\n");

        Assert.Equal("my first story", article!.Title);
        Assert.Equal("Just one paragraph. Still it.", article.Body);
        Assert.Equal(1, article.BodyLine);
        Assert.Null(article.Date);
        Assert.Equal("TL0105", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Ignores_a_utf8_byte_order_mark()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("---\ntitle: T\ndate: 2023-01-02\n---\nBody.\n"u8.ToArray()).ToArray();
        var path = folder.WriteBytes("a.md", bytes);
        var diagnostics = new DiagnosticBag();

        var article = new ArticleReader(ArticleReaderOptions.Default).ReadFile(path, "a.md", diagnostics);

        Assert.Equal("T", article!.Title);
        Assert.Equal("Body.", article.Body);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Warns_about_an_unknown_front_matter_key_and_keeps_the_article()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", "---\ntitle: T\ndate: 2023-01-02\nauthor: Someone\n---\nBody.\n");

        Assert.NotNull(article);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("TL0107", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'author'", warning.Message, StringComparison.Ordinal);
        Assert.Equal((4, 1), (warning.Line, warning.Column));
    }
}
