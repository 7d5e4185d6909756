using Timeline.Diagnostics;
using Timeline.Ingest;
using Timeline.Model;

namespace Timeline.Tests.Ingest;

public sealed class PageFurnitureTests
{
    private const string Story = "The harbour board of Tolvik approved the new ferry terminal on Tuesday after a long debate.\n\nWork starts in March, the board's chair Maren Holt said.\n";

    private static List<Article> Read(TempFolder folder) => [.. new ArticleReader(ArticleReaderOptions.Default).ReadFolder(folder.Root, new DiagnosticBag())];

    private static List<string> SkippedText(Article article) => [.. article.Skipped.Select(r => article.Body.Substring(r.Start, r.Length))];

    [Fact]
    public void A_menu_of_short_lines_in_markdown_is_skipped_and_the_story_is_not()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Ferry terminal\ndate: 2024-05-07\n---\nHome\n\nNews\n\nSport\n\nWeather\n\n" + Story);

        var article = Assert.Single(Read(folder));

        Assert.Equal(["Home", "News", "Sport", "Weather"], SkippedText(article));
        Assert.Contains("Maren Holt", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_most_popular_block_in_plain_text_is_skipped_up_to_the_prose()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Ferry terminal\n\n" + Story + "\nMost popular\n\nMayor of Tolvik resigns over parking row\n\nTen walks for a rainy weekend\n\nThe board meets again in June to approve the budget for the terminal, which it has not yet set.\n");

        var article = Assert.Single(Read(folder));

        Assert.Equal(["Most popular", "Mayor of Tolvik resigns over parking row", "Ten walks for a rainy weekend"], SkippedText(article));
    }

    [Fact]
    public void Readers_comments_after_the_sites_notice_are_skipped_to_the_end()
    {
        using var folder = new TempFolder();
        const string comments = "We welcome comments that advance the story through relevant opinion.\n\nViews expressed in the comments do not represent those of Vell News.\n\n"
            + "The board approved nothing of the sort, I was there.\n\nKomatsu built the last terminal in 1998 and it still leaks.\n\nThis discussion is now closed.\n";
        folder.Write("a.md", "---\ntitle: Ferry terminal\ndate: 2024-05-07\n---\nFerry terminal approved\n\n" + Story + "\n" + comments);

        var article = Assert.Single(Read(folder));

        Assert.Equal(5, SkippedText(article).Count);
        Assert.Equal("We welcome comments that advance the story through relevant opinion.", SkippedText(article)[0]);
        Assert.Equal("This discussion is now closed.", SkippedText(article)[^1]);
    }

    [Theory]
    [InlineData("At 17:10 26th Apr 2009, harbourwatcher wrote: The board approved nothing of the sort, I was there.")]
    [InlineData("At 9:46 pm on 03 Jun 2009, Tolvik_Tom wrote: The board approved nothing of the sort, I was there.")]
    [InlineData("9th November 2011 - 8:26 The board approved nothing of the sort, I was there.")]
    [InlineData("This comment was removed because the moderators found it broke the house rules.")]
    [InlineData("The board is wrong again Posted by: harbourwatcher | May 30, 2010 1:59 PM | Report abuse They never listen.")]
    [InlineData("Offer them in the comments section below.")]
    public void The_first_readers_comment_opens_the_comment_section_with_no_notice_before_it(string first)
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Ferry terminal\ndate: 2024-05-07\n---\nFerry terminal approved\n\n" + Story + "\n" + first
            + "\n\nKomatsu built the last terminal in 1998 and it still leaks.\n");

        var article = Assert.Single(Read(folder));

        Assert.Equal([first, "Komatsu built the last terminal in 1998 and it still leaks."], SkippedText(article));
    }

    [Fact]
    public void What_someone_wrote_in_the_story_is_no_comment_header()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Ferry terminal\ndate: 2024-05-07\n---\nFerry terminal approved\n\n" + Story
            + "\nIn a letter to the board, Holt wrote: the terminal must open by June.\n\nAt 17:10 on Tuesday the board voted, and the mayor wrote: we won.\n\n"
            + "The plan was posted by: the harbour office | the ferry company, which the board had asked to report.\n");

        var article = Assert.Single(Read(folder));

        Assert.Empty(SkippedText(article));
    }

    [Fact]
    public void A_story_about_comments_is_not_a_comment_section()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Ferry terminal\ndate: 2024-05-07\n---\n" + Story
            + "\nReaders' comments poured in after the vote, the paper said, and the board thanked them.\n\nWe welcome comments from every resident before the next vote on the terminal's budget in June, Holt told the meeting of the harbour board on Tuesday evening in Tolvik.\n");

        var article = Assert.Single(Read(folder));

        Assert.Empty(SkippedText(article));
    }

    [Fact]
    public void A_list_of_links_in_html_is_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("a.html", "<html><head><title>Ferry terminal</title></head><body><ul><li><a href=\"/\">Home</a></li><li><a href=\"/uk\">UK</a></li><li><a href=\"/world\">World</a></li></ul>"
            + "<p>The harbour board of Tolvik approved the new ferry terminal on Tuesday after a long debate.</p></body></html>");

        var article = Assert.Single(Read(folder));

        Assert.Equal(["Home", "UK", "World"], SkippedText(article));
    }

    [Fact]
    public void A_page_that_credits_three_programmes_is_a_listing_and_skipped_whole()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: This week on air\n---\nJo Banner talks to the singer Lia Marr about her new album.\n\nPresenter/Jo Banner, Producer/Sam Ives Late Tunes returns with three hours of soul.\n\n"
            + "Presenter/Ed Lowe, Producer/Kit Ray The quiz comes from Tolvik this week.\n\nPresenters/Ana Vale and Ben Roy, Producer/Kit Ray\n");

        var article = Assert.Single(Read(folder));

        Assert.Equal(4, article.Skipped.Count);
        Assert.Equal(article.Body.TrimEnd().Length, article.Skipped[^1].Start + article.Skipped[^1].Length);
    }

    [Fact]
    public void A_page_that_opens_by_inviting_readers_queries_is_a_board_and_skipped_whole()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Family history\n---\nAre you trying to trace your family tree?\n\n"
            + "If your ancestors came from Tolvik, here's the place to post a query.\n\n"
            + "Ida Berg has responded to a query made by Jonas Dahl: Ida: \"My great grandfather Karl Vik married Anna Lund in 1895 and they ran the mill.\"\n\n"
            + "Lars Holm would like information about a relative who died in 1917.\n");

        var article = Assert.Single(Read(folder));

        var skipped = SkippedText(article);
        Assert.All(article.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(skipped, t => t.Contains(line, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Post your questions for our flu expert using the form below.")]
    [InlineData("If your ancestors came from Tolvik, here's the place to post a query.")]
    public void An_invitation_to_ask_after_the_story_has_begun_skips_nothing_before_it(string invitation)
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: Ferry\n---\n" + Story + "\nThe mayor of Tolvik opened the new library on Friday.\n\n"
            + "A storm closed the Tolvik ferry for two days.\n\nThe harbour reopened on Sunday after repairs.\n\n"
            + "Divers inspected the pier on Monday.\n\n" + invitation + "\n");

        var article = Assert.Single(Read(folder));

        Assert.DoesNotContain(SkippedText(article), t => t.Contains("mayor", StringComparison.Ordinal) || t.Contains("Divers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_that_three_articles_of_a_folder_share_is_skipped_in_each()
    {
        using var folder = new TempFolder();
        const string signOff = "Comments are closed for this story.\n\nRead our house rules before posting.\n";
        folder.Write("site/a.txt", "One\n\n" + Story + "\n" + signOff);
        folder.Write("site/b.txt", "Two\n\nThe mayor of Tolvik opened the new library on Friday.\n\n" + signOff);
        folder.Write("site/c.txt", "Three\n\nA storm closed the Tolvik ferry for two days.\n\n" + signOff);
        folder.Write("other/d.txt", "Four\n\nA storm closed the Tolvik ferry for two days.\n");

        var articles = Read(folder);

        Assert.All(articles.Where(a => a.Path.Contains("site", StringComparison.Ordinal)), a => Assert.Equal(["Comments are closed for this story.", "Read our house rules before posting."], SkippedText(a)));
        Assert.Empty(articles.Single(a => a.Title == "Four").Skipped);
    }

    [Fact]
    public void A_sentence_that_two_articles_share_is_text()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "One\n\n" + Story);
        folder.Write("b.txt", "Two\n\n" + Story);

        Assert.All(Read(folder), a => Assert.Empty(a.Skipped));
    }
}
