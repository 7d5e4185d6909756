using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>Text without sentence stops reaches the recogniser in bounded pieces, cut between words.</summary>
public sealed class TaggerPiecesTests
{
    [Fact]
    public void A_sentence_of_news_length_is_one_piece()
    {
        const string Sentence = "Li Shangfu arrived in Minsk on Wednesday for talks.";

        Assert.Equal([(0, Sentence.Length)], TemporalTagger.Pieces(Sentence));
    }

    [Fact]
    public void A_long_run_of_words_is_cut_between_words_into_pieces_that_cover_it()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "Monday" : "talks"));

        var pieces = TemporalTagger.Pieces(words).ToList();

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, TemporalTagger.MaxPiece));
        Assert.Equal(words, string.Concat(pieces.Select(p => words.Substring(p.From, p.Length))));
        Assert.All(pieces.Skip(1), p => Assert.Equal(' ', words[p.From]));
    }

    [Fact]
    public void Text_without_spaces_is_cut_at_the_limit_but_never_inside_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("a\U0001F600", 2000));

        var pieces = TemporalTagger.Pieces(text).ToList();

        Assert.Equal(text.Length, pieces.Sum(p => p.Length));
        Assert.All(pieces.Skip(1), p => Assert.False(char.IsLowSurrogate(text[p.From])));
    }

    [Fact]
    public void Dates_in_a_long_run_of_words_are_still_found()
    {
        var words = string.Join(' ', Enumerable.Repeat("officials met again", 200)) + " on 18 August 2023 " + string.Join(' ', Enumerable.Repeat("and talked", 200));

        var mentions = new TemporalTagger().Tag(words, new DateOnly(2023, 8, 20));

        Assert.Contains(mentions, m => m.Text == "18 August 2023");
    }
}
