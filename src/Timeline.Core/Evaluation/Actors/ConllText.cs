using System.Text;

namespace Timeline.Evaluation.Actors;

/// <summary>
/// Turns CoNLL tokens back into running text, as news prints it ("China's", "(AP)", "Smith, who"),
/// so the recogniser sees the text it was built for, and remembers where each token went.
/// </summary>
public sealed class ConllText
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "#" };

    private ConllText(string text, List<(int Sentence, int Start, int End)> sentences, List<int[]> tokenStarts)
    {
        Text = text;
        Sentences = sentences;
        TokenStarts = tokenStarts;
    }

    public string Text { get; }

    /// <summary>Character range of each sentence in <see cref="Text"/>.</summary>
    public List<(int Sentence, int Start, int End)> Sentences { get; }

    /// <summary>Character offset of each token, per sentence.</summary>
    public List<int[]> TokenStarts { get; }

    public static ConllText Of(ConllDocument document)
    {
        var sb = new StringBuilder();
        var sentences = new List<(int, int, int)>();
        var starts = new List<int[]>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (s > 0) sb.Append('\n');
            var tokens = document.Sentences[s].Tokens;
            var offsets = new int[tokens.Count];
            var sentenceStart = sb.Length;
            for (var t = 0; t < tokens.Count; t++)
            {
                var glued = t == 0 || NoSpaceBefore.Contains(tokens[t]) || NoSpaceAfter.Contains(tokens[t - 1]);
                if (!glued) sb.Append(' ');
                offsets[t] = sb.Length;
                sb.Append(tokens[t]);
            }

            sentences.Add((s, sentenceStart, sb.Length));
            starts.Add(offsets);
        }

        return new ConllText(sb.ToString(), sentences, starts);
    }

    /// <summary>The token range [start, end) of a sentence that exactly covers characters [from, to), or null when a boundary falls inside a token.</summary>
    public (int Start, int End)? Tokens(int sentence, int from, int to, IReadOnlyList<string> tokens)
    {
        var offsets = TokenStarts[sentence];
        var start = Array.IndexOf(offsets, from);
        if (start < 0) return null;
        for (var t = start; t < offsets.Length; t++)
        {
            var tokenEnd = offsets[t] + tokens[t].Length;
            if (tokenEnd == to) return (start, t + 1);
            if (tokenEnd > to) return null;
        }

        return null;
    }
}
