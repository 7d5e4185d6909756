namespace Timeline.Tests.Ingest;

public sealed class TextIngestTests
{
    [Fact]
    public void Takes_the_first_non_empty_line_as_the_title()
    {
        var (article, _) = IngestFixture.ReadOne("story.txt",
            "\r\n  Ministers   meet in Minsk  \r\n\r\nFirst paragraph line one.\r\nLine two.\r\n\r\n\r\n\r\nSecond paragraph.\r\n");

        Assert.Equal("Ministers meet in Minsk", article!.Title);
        Assert.Equal("First paragraph line one.\nLine two.\n\nSecond paragraph.", article.Body);
        Assert.Equal(4, article.BodyLine);
    }

    [Fact]
    public void Keeps_a_long_first_line_in_the_body_and_titles_from_the_file_name()
    {
        const string opening = "China's defence minister Li Shangfu arrived in Minsk on Friday for talks with the Belarusian leader about military cooperation.";

        var (article, _) = IngestFixture.ReadOne("li-shangfu_visit.txt", opening + "\nMore text.\n");

        Assert.Equal("li shangfu visit", article!.Title);
        Assert.Equal(opening + "\nMore text.", article.Body);
        Assert.Equal(1, article.BodyLine);
    }

    [Fact]
    public void Reads_an_optional_front_matter()
    {
        var (article, diagnostics) = IngestFixture.ReadOne("a.txt",
            "---\ntitle: From front matter\ndate: August 18, 2023\nsource: Wire\n---\nThe body line.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("From front matter", article!.Title);
        Assert.Equal(new DateOnly(2023, 8, 18), article.Date);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("The body line.", article.Body);
        Assert.Equal(6, article.BodyLine);
    }
}
