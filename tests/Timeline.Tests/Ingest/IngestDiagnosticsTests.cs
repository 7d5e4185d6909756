using Timeline.Diagnostics;
using Timeline.Ingest;

namespace Timeline.Tests.Ingest;

public sealed class IngestDiagnosticsTests
{
    [Fact]
    public void Reports_bad_yaml_at_its_line_in_the_file()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", "---\ndate: 2023-08-18\ntitle: [unclosed\n---\nBody.\n");

        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal("TL0101", error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.EndsWith("a.md(3,8): error TL0101: front matter is not valid YAML: this '[' is never closed by ']'", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: T\ntitle: U\n---\nBody.\n", 3, 1)]
    [InlineData("---\ntitle: T\ntags: {a\nsource: x\n---\nBody.\n", 3, 7)]
    [InlineData("---\ntitle: a: b\n---\nBody.\n", 2, 9)]
    public void Reports_other_yaml_errors_at_their_position_in_the_file(string content, int line, int column)
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", content);

        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0101", line, column), (error.Code, error.Line, error.Column));
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unclosed_front_matter_at_its_opening_line()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", "---\ntitle: T\ndate: 2023-08-18\nBody without a closing line.\n");

        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0101", 1, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Reports_a_front_matter_that_is_not_a_mapping()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.txt", "---\n- just\n- a list\n---\nBody.\n");

        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0101", 2, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Reports_a_malformed_date_at_the_position_of_its_value()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", "---\ntitle: T\ndate:   2023-13-45\n---\nBody.\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0102", 3, 9), (error.Code, error.Line, error.Column));
        Assert.Contains("'2023-13-45'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(article);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Reports_a_malformed_html_date_at_the_position_of_its_value()
    {
        const string html = "<html><head>\n<title>T</title>\n  <meta property=\"article:published_time\" content=\"yesterday\">\n</head><body><p>Text.</p></body></html>";

        var (_, diagnostics) = IngestFixture.ReadOne("a.html", html);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0102", 3, 52), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n ")]
    public void Reports_an_empty_file(string content)
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", content);

        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0103", "file is empty"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28, 0x62 })]
    public void Reports_a_binary_or_non_utf8_file(byte[] content)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", content);
        var diagnostics = new DiagnosticBag();

        var article = new ArticleReader(ArticleReaderOptions.Default).ReadFile(path, "a.txt", diagnostics);

        Assert.Null(article);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("TL0104", "file is not UTF-8 text"), (error.Code, error.Message));
    }

    [Fact]
    public void Reports_an_unreadable_file_with_the_system_message()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Root, "gone.md");
        var diagnostics = new DiagnosticBag();

        var article = new ArticleReader(ArticleReaderOptions.Default).ReadFile(missing, "gone.md", diagnostics);

        Assert.Null(article);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("TL0106", error.Code);
        Assert.Contains("gone.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_when_an_article_has_no_date_and_no_reference_date()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.txt", "Title\n\nBody.\n");

        Assert.Null(article!.Date);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("TL0105", Severity.Warning, 0), (warning.Code, warning.Severity, warning.Line));
        Assert.Equal(
            $"{warning.Path}: warning TL0105: no publication date; relative dates stay unresolved (use front matter 'date' or --reference-date)",
            warning.ToString());
    }

    [Fact]
    public void Falls_back_to_the_reference_date_without_a_warning()
    {
        var options = ArticleReaderOptions.Default with { ReferenceDate = new DateOnly(2024, 2, 29) };

        var (undated, undatedDiagnostics) = IngestFixture.ReadOne("a.txt", "Title\n\nBody.\n", options);
        var (dated, _) = IngestFixture.ReadOne("b.md", "---\ntitle: T\ndate: 18 August 2023\n---\nBody.\n", options);

        Assert.Equal(new DateOnly(2024, 2, 29), undated!.Date);
        Assert.True(undated.DateFromReference);
        Assert.Empty(undatedDiagnostics);
        Assert.Equal(new DateOnly(2023, 8, 18), dated!.Date);
        Assert.False(dated.DateFromReference);
    }
}
