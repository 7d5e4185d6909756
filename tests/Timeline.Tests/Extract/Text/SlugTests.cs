using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Li Shangfu", "li-shangfu")]
    [InlineData("Łukasz Kamiński", "lukasz-kaminski")]
    [InlineData("Zoë Müller-Straße", "zoe-muller-strasse")]
    [InlineData("São Tomé and Príncipe", "sao-tome-and-principe")]
    [InlineData("Søren Ægidius", "soren-aegidius")]
    public void Folds_accents_to_ascii(string text, string expected)
    {
        Assert.Equal(expected, Slug.Make(text));
    }

    [Fact]
    public void Drops_apostrophes_without_leaving_a_hyphen()
    {
        Assert.Equal("chinas-envoy", Slug.Make("China’s envoy"));
        Assert.Equal("obrien-said", Slug.Make("O'Brien said"));
    }

    [Fact]
    public void Trims_punctuation_and_collapses_separators()
    {
        Assert.Equal("hello-world", Slug.Make("  Hello,   World!  "));
    }

    [Fact]
    public void Cuts_a_long_slug_at_a_word_boundary()
    {
        var slug = Slug.Make("alpha bravo charlie delta echo", 20);

        Assert.Equal("alpha-bravo-charlie", slug);
    }

    [Fact]
    public void Cuts_a_single_long_word_at_the_maximum_length()
    {
        Assert.Equal(new string('a', 10), Slug.Make(new string('a', 25), 10));
    }

    [Fact]
    public void Gives_an_empty_slug_when_nothing_is_left()
    {
        Assert.Equal("", Slug.Make("!!! — ???"));
    }
}
