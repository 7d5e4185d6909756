namespace Timeline.Tests.Ingest;

public sealed class HtmlIngestTests
{
    private static readonly string Paragraphs = string.Join("\n", Enumerable.Range(1, 4).Select(i =>
        $"<p>Paragraph {i} tells how the defence ministers of China &amp; Belarus met in Minsk, discussed joint drills, " +
        "and promised closer cooperation between their armed forces over the coming year.</p>"));

    private static string Page(string head, string bodyExtra = "") => $"""
        <!DOCTYPE html>
        <html>
        <head>
        <title>Fallback title | Site</title>
        {head}
        </head>
        <body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
        <h1>Ministers meet</h1>
        {bodyExtra}
        {Paragraphs}
        </article>
        <div class="sidebar related">Related stories you may also like</div>
        <footer>Copyright notice</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        var html = Page("""
            <meta property="og:title" content="Ministers   meet in Minsk">
            <meta property="article:published_time" content="2023-08-18T23:30:00-05:00">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://news.example/minsk">
            <meta property="article:tag" content="defence">
            <meta name="keywords" content="china, belarus">
            """);

        var (article, diagnostics) = IngestFixture.ReadOne("page.html", html);

        Assert.Empty(diagnostics);
        Assert.Equal("Ministers meet in Minsk", article!.Title);
        Assert.Equal(new DateOnly(2023, 8, 18), article.Date);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("https://news.example/minsk", article.Url);
        Assert.Equal(["defence", "china", "belarus"], article.Tags);
    }

    [Fact]
    public void Reads_the_date_and_headline_from_json_ld()
    {
        var html = Page("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "JSON-LD headline",
             "datePublished": "2023-08-17T10:00:00Z", "publisher": {"@type": "Organization", "name": "LD Publisher"}}
            </script>
            """);

        var (article, _) = IngestFixture.ReadOne("page.htm", html);

        Assert.Equal("JSON-LD headline", article!.Title);
        Assert.Equal(new DateOnly(2023, 8, 17), article.Date);
        Assert.Equal("LD Publisher", article.Source);
    }

    [Fact]
    public void Reads_the_date_from_a_json_ld_graph()
    {
        var html = Page("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site"},
              {"@type": "Article", "headline": "Graph headline", "datePublished": "2023-08-16"}]}
            </script>
            """);

        var (article, _) = IngestFixture.ReadOne("page.html", html);

        Assert.Equal(new DateOnly(2023, 8, 16), article!.Date);
        Assert.Equal("Graph headline", article.Title);
    }

    [Fact]
    public void Reads_the_date_from_a_meta_date_or_a_time_element_in_the_article()
    {
        var (fromMeta, _) = IngestFixture.ReadOne("a.html", Page("""<meta name="date" content="2023/08/15">"""));
        var (fromTime, _) = IngestFixture.ReadOne("b.html", Page("", """<time datetime="2023-08-14">14 Aug</time>"""));

        Assert.Equal(new DateOnly(2023, 8, 15), fromMeta!.Date);
        Assert.Equal(new DateOnly(2023, 8, 14), fromTime!.Date);
        Assert.Equal("Fallback title | Site", fromMeta.Title);
    }

    [Fact]
    public void Extracts_the_main_text_as_decoded_paragraphs_without_page_chrome()
    {
        var (article, _) = IngestFixture.ReadOne("page.html", Page("""<meta property="og:title" content="Ministers meet">"""));

        var paragraphs = article!.Body.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Paragraph 1 tells how the defence ministers of China & Belarus met", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Related stories", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.Body, StringComparison.Ordinal);
        Assert.Equal(9, article.BodyLine);
    }

    [Fact]
    public void Falls_back_to_the_body_text_of_a_page_too_short_for_readability()
    {
        const string html = "<html><head><title>Short</title></head><body><p>One  line.</p><p>Two &eacute; lines.</p></body></html>";

        var (article, _) = IngestFixture.ReadOne("short.html", html);

        Assert.Equal("Short", article!.Title);
        Assert.Equal("One line.\n\nTwo é lines.", article.Body);
        Assert.Equal(1, article.BodyLine);
    }
}
