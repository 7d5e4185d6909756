using Timeline.Ingest;

namespace Timeline.Tests.Ingest;

public sealed class ArticleIdsTests
{
    [Theory]
    [InlineData("000_63eeceb696f9f150.md", "000-63eeceb696f9f150")]
    [InlineData("sub/dir/Été à Zürich!!.txt", "ete-a-zurich")]
    [InlineData("Straße  --  Ærø.html", "strasse-aero")]
    [InlineData("---.md", "article")]
    [InlineData("Cafe\u0301 cre\u0300me.md", "cafe-creme")]
    public void Slugs_the_file_name_into_a_lower_case_ascii_id(string path, string expected)
    {
        Assert.Equal(expected, ArticleIds.Slug(path));
    }

    [Fact]
    public void Never_reuses_an_id_already_taken_by_a_suffix()
    {
        Assert.Equal(["a", "a-2", "a-2-2", "a-3"], ArticleIds.MakeUnique(["a", "a", "a-2", "a"]));
    }
}
