using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

public sealed class TokenizerTests
{
    private static List<string> Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Text)];

    [Fact]
    public void Splits_a_curly_possessive_from_its_name()
    {
        Assert.Equal(["China", "’s", "defense", "minister"], Words("China’s defense minister"));
    }

    [Fact]
    public void Splits_a_straight_possessive_from_its_name()
    {
        Assert.Equal(["Kenya", "'s", "president"], Words("Kenya's president"));
    }

    [Fact]
    public void Keeps_a_dotted_abbreviation_whole()
    {
        Assert.Equal(["U.S.", "officials", "met"], Words("U.S. officials met"));
    }

    [Fact]
    public void Keeps_hyphenated_and_apostrophe_names_whole()
    {
        Assert.Equal(["Jean-Yves", "Le", "Drian", "met", "Bashar", "al-Assad", "and", "O'Brien"],
            Words("Jean-Yves Le Drian met Bashar al-Assad and O'Brien"));
    }

    [Fact]
    public void Keeps_a_number_with_thousands_separators_whole()
    {
        Assert.Equal(["more", "than", "67,000", "cases", "and", "1,250.5", "tonnes"], Words("more than 67,000 cases and 1,250.5 tonnes"));
        Assert.Equal(["a", "5,000-strong", "party", "of", "35,000-60,000", "barrels"], Words("a 5,000-strong party of 35,000-60,000 barrels"));
        Assert.Equal(["in", "2009", ",", "2010"], Words("in 2009, 2010"));
        Assert.Equal(["12", ",", "34"], Words("12,34"));
    }

    [Fact]
    public void Makes_punctuation_its_own_token()
    {
        Assert.Equal(["In", "Lagos", ",", "talks", "ended", "."], Words("In Lagos, talks ended."));
    }

    [Fact]
    public void Adds_the_offset_to_every_token_start()
    {
        const string text = "met in Paris’s centre";

        var tokens = Tokenizer.Tokenize(text, 100);

        foreach (var t in tokens)
        {
            Assert.Equal(t.Text, text.Substring(t.Start - 100, t.Length));
        }

        Assert.Equal(107, tokens.Single(t => t.Text == "Paris").Start);
    }
}
