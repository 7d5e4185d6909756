using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Text.Pos;

public sealed class PosTaggerTests
{
    [Theory]
    [InlineData("He walked home on Monday.", "walked", "VBD")]
    [InlineData("He has walked home.", "walked", "VBN")]
    [InlineData("Police closed the bridge.", "closed", "VBD")]
    [InlineData("The bridge was closed after the storm.", "closed", "VBN")]
    [InlineData("The frobnicated widgets arrived.", "frobnicated", "VBN")]
    public void Tells_past_tense_from_participle(string sentence, string word, string tag) =>
        Assert.Equal(tag, TagOf(sentence, word));

    [Theory]
    [InlineData("The building was evacuated.", "building", "NN")]
    [InlineData("Swimming is banned in the lake.", "Swimming", "NN")]
    [InlineData("The army was building a new road.", "building", "VBG")]
    public void Tags_ing_words_as_nouns_or_gerunds_by_context(string sentence, string word, string tag) =>
        Assert.Equal(tag, TagOf(sentence, word));

    [Theory]
    [InlineData("Angela Merkel met Emmanuel Macron in Berlin.", "Merkel")]
    [InlineData("Angela Merkel met Emmanuel Macron in Berlin.", "Berlin")]
    [InlineData("Zorblax announced a merger.", "Zorblax")]
    [InlineData("The U.S. economy grew.", "U.S.")]
    public void Tags_names_places_and_unknown_capitalised_words_as_proper_nouns(string sentence, string word) =>
        Assert.Equal("NNP", TagOf(sentence, word));

    [Theory]
    [InlineData("The company sold 3.5 million cars in 1998.", "3.5")]
    [InlineData("The company sold 3.5 million cars in 1998.", "1998")]
    [InlineData("The storm killed twenty people.", "twenty")]
    [InlineData("Shares fell 12 percent.", "12")]
    public void Tags_numbers_as_cardinals(string sentence, string word) =>
        Assert.Equal("CD", TagOf(sentence, word));

    [Fact]
    public void Tags_a_possessive_s_as_pos_and_a_contracted_is_as_a_verb()
    {
        Assert.Equal("POS", TagOf("The company's shares fell.", "'s"));
        Assert.Equal("VBZ", TagOf("It's over, she said.", "'s"));
    }

    [Fact]
    public void Gives_one_tag_per_token_and_nothing_for_no_tokens()
    {
        var tokens = new[] { "The", "talks", "collapsed", "." };
        Assert.Equal(["DT", "NNS", "VBD", "."], PosTagger.Default.Tag(tokens));
        Assert.Empty(PosTagger.Default.Tag([]));
        Assert.Same(PosTagger.Default, PosTagger.Default);
    }

    [Fact]
    public void Tags_the_same_sentence_identically_from_many_threads()
    {
        var tokens = Tokenizer.Tokenize("The minister resigned after a newspaper published leaked emails.").Select(t => t.Text).ToArray();
        var expected = PosTagger.Default.Tag(tokens);
        var results = new IReadOnlyList<string>[16];
        Parallel.For(0, results.Length, i => results[i] = PosTagger.Default.Tag(tokens));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string TagOf(string sentence, string word)
    {
        var tokens = Tokenizer.Tokenize(sentence).Select(t => t.Text).ToArray();
        var tags = PosTagger.Default.Tag(tokens);
        return tags[Array.IndexOf(tokens, word)];
    }
}
