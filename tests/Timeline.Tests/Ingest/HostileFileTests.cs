using System.Diagnostics;
using Timeline.Diagnostics;
using Timeline.Ingest;
using Timeline.Model;

namespace Timeline.Tests.Ingest;

/// <summary>Files an attacker or a careless user leaves in the input folder: each is skipped or cut down with a warning, never a hang.</summary>
public sealed class HostileFileTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private static string Md(string title) => $"---\ntitle: {title}\ndate: 2023-08-18\n---\nBody of {title}.\n";

    private static (IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics) Read(string folder, ArticleReaderOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var reading = Task.Run(() => new ArticleReader(options ?? ArticleReaderOptions.Default).ReadFolder(folder, diagnostics));
        Assert.True(reading.Wait(Budget), "reading the folder did not finish in time");
        return (reading.Result, diagnostics.ToSortedList());
    }

    [Fact]
    public void Skips_a_named_pipe_with_a_warning_instead_of_waiting_forever()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        using (var mkfifo = Process.Start("mkfifo", folder.File("pipe.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (articles, diagnostics) = Read(folder.Root);

        Assert.Equal(["A"], articles.Select(a => a.Title));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "TL0116"), (warning.Severity, warning.Code));
        Assert.EndsWith("pipe.md", warning.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_link_to_a_device_instead_of_reading_it_without_end()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        File.CreateSymbolicLink(folder.File("zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(folder.File("random.md"), "/dev/urandom");

        var (articles, diagnostics) = Read(folder.Root, ArticleReaderOptions.Default with { FollowLinks = true });

        Assert.Equal(["A"], articles.Select(a => a.Title));
        Assert.Equal(["TL0116", "TL0116"], diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Does_not_follow_a_link_out_of_the_input_folder_unless_asked()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "Secret\n\nThe password is swordfish.\n");
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        folder.Write("inner/b.md", Md("B"));
        File.CreateSymbolicLink(folder.File("passwd.txt"), secret);
        File.CreateSymbolicLink(folder.File("b-again.md"), folder.File("inner", "b.md"));

        var (articles, diagnostics) = Read(folder.Root);
        var (followed, _) = Read(folder.Root, ArticleReaderOptions.Default with { FollowLinks = true });

        Assert.Equal(["A", "B", "B"], articles.Select(a => a.Title));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "TL0109"), (warning.Severity, warning.Code));
        Assert.EndsWith("passwd.txt", warning.Path, StringComparison.Ordinal);
        Assert.Contains("--follow-links", warning.Message, StringComparison.Ordinal);
        Assert.Contains(followed, a => a.Title == "Secret");
    }

    [Fact]
    public void Skips_the_output_folder_when_it_lies_inside_the_input_folder()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        folder.Write("output/site/index.html", "<html><head><title>Own page</title></head><body><p>Generated.</p></body></html>");

        var (articles, diagnostics) = Read(folder.Root, ArticleReaderOptions.Default with { SkipFolder = folder.File("output") });

        Assert.Equal(["A"], articles.Select(a => a.Title));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "TL0110"), (warning.Severity, warning.Code));
    }

    [Fact]
    public void Reads_a_huge_article_up_to_the_size_limit_and_says_so()
    {
        using var folder = new TempFolder();
        var sentence = "The minister met the delegation in Minsk on Friday. ";
        var text = "---\ntitle: Huge\ndate: 2023-08-18\n---\n" + string.Concat(Enumerable.Repeat(sentence, (20 << 20) / sentence.Length)) + "\n";
        folder.Write("huge.txt", text);

        var (articles, diagnostics) = Read(folder.Root);

        var article = Assert.Single(articles);
        Assert.InRange(article.Body.Length, 1000, ArticleReaderOptions.Default.MaxTextChars);
        Assert.EndsWith("on Friday.", article.Body, StringComparison.Ordinal);
        Assert.Equal(["TL0111", "TL0115"], diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Extracts_a_long_article_up_to_the_text_limit_at_a_sentence_end()
    {
        using var folder = new TempFolder();
        folder.Write("long.md", "---\ntitle: Long\ndate: 2023-08-18\n---\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"Talks number {i} took place in Minsk. ")));

        var (articles, diagnostics) = Read(folder.Root);

        var article = Assert.Single(articles);
        Assert.InRange(article.Body.Length, ArticleReaderOptions.Default.MaxTextChars - 100, ArticleReaderOptions.Default.MaxTextChars);
        Assert.EndsWith("in Minsk.", article.Body, StringComparison.Ordinal);
        Assert.Equal(["TL0115"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Cuts_an_oversized_article_on_a_character_boundary()
    {
        using var folder = new TempFolder();
        // Three-byte characters after 34 bytes of front matter: the limit falls inside one of them.
        folder.Write("wide.txt", "---\ntitle: W\ndate: 2023-08-18\n---\n" + new string('€', 1000) + "\n");

        var (articles, diagnostics) = Read(folder.Root, ArticleReaderOptions.Default with { MaxArticleBytes = 1001 });

        var article = Assert.Single(articles);
        Assert.Matches("^€+$", article.Body);
        Assert.Equal(["TL0111"], diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("[", 1_000)]
    [InlineData("{a: ", 20_000)]
    [InlineData("{a: ", 100)]
    [InlineData("block", 100)]
    public void Refuses_front_matter_nested_too_deep(string unit, int times)
    {
        var yaml = unit == "block"
            ? "title:\n" + string.Concat(Enumerable.Range(0, times).Select(i => new string(' ', i * 2) + "-\n"))
            : "title: " + string.Concat(Enumerable.Repeat(unit, times));
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        folder.Write("deep.md", "---\n" + yaml + "\n---\nBody.\n");

        var (articles, diagnostics) = Read(folder.Root);

        Assert.Equal(["A"], articles.Select(a => a.Title));
        var error = Assert.Single(diagnostics);
        Assert.Equal("TL0101", error.Code);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Refuses_aliases_in_front_matter_so_an_alias_bomb_cannot_explode()
    {
        var bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n";
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb += $"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n";
        }

        bomb += "? *j\n: key\ntitle: Bomb\n";
        using var folder = new TempFolder();
        folder.Write("bomb.md", "---\n" + bomb + "---\nBody.\n");

        var (articles, diagnostics) = Read(folder.Root);

        Assert.Empty(articles);
        // Beside it, the folder-level TL0108: no article could be read.
        var error = Assert.Single(diagnostics, d => d.Code != "TL0108");
        Assert.Equal("TL0101", error.Code);
        Assert.Contains("alias", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Refuses_front_matter_larger_than_its_limit()
    {
        using var folder = new TempFolder();
        folder.Write("big.md", "---\ntitle: Big\ntags:\n" + string.Concat(Enumerable.Repeat("- word\n", 40_000)) + "---\nBody.\n");

        var (articles, diagnostics) = Read(folder.Root);

        Assert.Empty(articles);
        Assert.Equal(["TL0101"], diagnostics.Where(d => d.Code != "TL0108").Select(d => d.Code));
    }

    [Theory]
    [InlineData("*", "x", "*")]
    [InlineData("> ", "x", "")]
    [InlineData("[", "x", "](u)")]
    [InlineData("- ", "x", "")]
    public void Reads_markdown_nested_thousands_deep_as_plain_text(string open, string middle, string close)
    {
        const int depth = 5_000;
        var body = string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));
        using var folder = new TempFolder();
        folder.Write("a.md", Md("A"));
        folder.Write("deep.md", "---\ntitle: Deep\ndate: 2023-08-18\n---\nThe talks began on Monday.\n\n" + body + "\n");

        var (articles, diagnostics) = Read(folder.Root);

        Assert.Equal(["A", "Deep"], articles.Select(a => a.Title));
        Assert.Contains("The talks began on Monday.", articles[1].Body, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.NotEqual(Severity.Error, d.Severity));
    }

    [Fact]
    public void Reads_an_html_page_with_a_huge_dom_in_bounded_time()
    {
        const int depth = 50_000;
        var html = "<html><head><title>Deep page</title><meta name=\"date\" content=\"2023-08-18\"></head><body><p>The talks began on Monday.</p>"
            + string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        using var folder = new TempFolder();
        folder.Write("deep.html", html);
        var watch = Stopwatch.StartNew();

        var (articles, diagnostics) = Read(folder.Root);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        var article = Assert.Single(articles);
        Assert.Contains("The talks began on Monday.", article.Body, StringComparison.Ordinal);
        Assert.Equal(["TL0112"], diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0000-02-29")]
    public void Reports_a_year_zero_publication_date_instead_of_throwing(string date)
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.md", $"---\ntitle: A\ndate: {date}\n---\nBody.\n");

        Assert.NotNull(article);
        Assert.Equal(["TL0102"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Control_characters_in_an_article_become_spaces_so_the_store_and_exports_can_carry_them()
    {
        var (article, _) = IngestFixture.ReadOne("a.md", "---\ntitle: \"Talks\\e[31m resume\"\ndate: 2023-08-18\ntags: [\"de\\x07fence\"]\n---\nThe talks\u001b\\[0m resumed\u0001 on Monday.\uFFFE\n");

        Assert.NotNull(article);
        Assert.Equal("Talks [31m resume", article.Title);
        Assert.Equal(["de fence"], article.Tags);
        Assert.StartsWith("The talks [0m resumed  on Monday.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Body, c => char.IsControl(c) || c == '\uFFFE');
    }
}
