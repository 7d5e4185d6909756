using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// "BP, which owns the well, agreed to pay", "Bob Dudley, who took over on 1 October, stressed": a relative clause set off by
/// commas right after a noun describes that noun, and the clause it interrupts goes on after the second comma with the finite
/// verb the noun is the subject of. The insertion is no part of what the clause tells (its verb is not the happening, its names
/// are not the actors); the clause is read without it. A relative clause that runs to the end of the sentence ("BP hired Smith,
/// who left Shell") or is followed by anything but a finite verb ("..., who left Shell, and Jones") interrupts nothing. Pure.
/// </summary>
public static class RelativeInsertion
{
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "whose" };

    // Adverbs that may stand before the resumed verb: "BP, which owns the well, also agreed", "..., has since said".
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "now", "then", "later", "since", "already", "finally", "eventually", "subsequently", "yesterday", "today", "recently", "previously",
    };

    private const int MaxWords = 40;

    /// <summary>The insertions of a run of words: each the index of its opening comma and of its closing comma.</summary>
    public static List<(int Open, int Close)> Find(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        var found = new List<(int Open, int Close)>();
        for (var k = 1; k + 2 < words.Count; k++)
        {
            if (words[k] != "," || !Relatives.Contains(words[k + 1]) || !(tags[k - 1].StartsWith("NN", StringComparison.Ordinal) || words[k - 1] == ")")) continue;
            var verbSeen = false;
            for (var j = k + 2; j < words.Count && j - k <= MaxWords; j++)
            {
                if (words[j] is ";" or ":" or "\"" or "“" or "”" or "(" or "-" or "--" or "—" or "–") break;
                if (words[j] != ",")
                {
                    verbSeen |= tags[j].StartsWith("VB", StringComparison.Ordinal) || tags[j] == "MD";
                    continue;
                }

                var next = j + 1;
                while (next < words.Count && Adverbs.Contains(words[next])) next++;
                if (!verbSeen || next >= words.Count || tags[next] is not ("VBD" or "VBZ" or "VBP" or "MD")) continue;
                found.Add((k, j));
                k = j;
                break;
            }
        }

        return found;
    }

    /// <summary>The character ranges, relative to <paramref name="text"/>, of its insertions.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(", wh", StringComparison.Ordinal)) return [];
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Select(t => t.Text).ToList();
        return [.. Find(words, PosTagger.Default.Tag(words)).Select(r => (tokens[r.Open].Start, tokens[r.Close].End))];
    }

    /// <summary>
    /// <paramref name="tokens"/> without the words of its insertions, each token at its own offset still, and the article
    /// offsets the insertions span (a time inside one is the described noun's, not the clause's).
    /// </summary>
    public static (List<TextSpan> Tokens, List<(int Start, int End)> Removed) Without(List<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!tokens.Exists(t => Relatives.Contains(t.Text))) return (tokens, []);
        var words = tokens.Select(t => t.Text).ToList();
        var ranges = Find(words, PosTagger.Default.Tag(words));
        if (ranges.Count == 0) return (tokens, []);
        return ([.. tokens.Where((_, k) => !ranges.Exists(r => k >= r.Open && k <= r.Close))], [.. ranges.Select(r => (tokens[r.Open].Start, tokens[r.Close].End))]);
    }
}
