using System.Text;
using Timeline.Extract.Text;

namespace Timeline.Extract.Actors.Ner;

/// <summary>
/// The features of one token for the entity model: the word and its neighbours (±2), affixes, word shapes,
/// the gazetteer's view of the sentence and the tags already chosen. Features are hashed to 64 bits (FNV-1a).
/// </summary>
internal sealed class NerFeatures(Gazetteer gazetteer)
{
    private readonly GazetteerMatcher _matcher = new(gazetteer);

    /// <summary>
    /// What the sentence's words look like to the model, computed once per sentence. <paramref name="rules"/> holds,
    /// per word, what the rules found there ("B-Organisation-Rule", "O"): the model learns how far to trust them.
    /// </summary>
    public SentenceView View(IReadOnlyList<string> words, IReadOnlyList<string> rules)
    {
        var tokens = new List<TextSpan>(words.Count);
        var at = 0;
        foreach (var w in words)
        {
            tokens.Add(new TextSpan { Start = at, Text = w });
            at += w.Length + 1;
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var shapes = words.Select(Shape).ToArray();
        var gaz = new string[words.Count];
        Array.Fill(gaz, "-");
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_matcher.MatchName(tokens, i) is not { } m) continue;
            var kind = m.Entry.IsDemonym ? "Demonym" : m.Entry.Kind.ToString();
            for (var k = 0; k < m.Length; k++) gaz[i + k] = (k == 0 ? "B" : "I") + kind;
            i += m.Length - 1;
        }

        var lex = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            lex[i] = string.Concat(
                gazetteer.GivenNames.Contains(w) ? "g" : "",
                gazetteer.NameWords.Contains(w) ? "n" : "",
                gazetteer.IsDictionaryWord(w) ? "d" : "",
                gazetteer.Roles.Contains(lower[i]) ? "r" : "",
                NameShapes.IsOrganisationWord(w) ? "o" : "",
                NameShapes.IsPlaceWord(w) ? "p" : "");
        }

        return new SentenceView(words, lower, shapes, gaz, lex, [.. rules]);
    }

    /// <summary>Hashes of the features of token <paramref name="i"/>, given the two tags before it.</summary>
    public static void Extract(SentenceView s, int i, int prev, int prev2, List<ulong> into)
    {
        into.Clear();
        var w = s.Words[i];
        var lw = s.Lower[i];
        into.Add(H("b"));
        into.Add(H("w", w));
        into.Add(H("lw", lw));
        for (var n = 1; n <= 4 && n <= lw.Length; n++)
        {
            into.Add(H("p" + n, lw[..n]));
            into.Add(H("s" + n, lw[^n..]));
        }

        into.Add(H("sh", s.Shapes[i]));
        into.Add(H("gz", s.Gaz[i]));
        into.Add(H("lx", s.Lex[i]));
        into.Add(H("gzsh", s.Gaz[i] + s.Shapes[i]));
        into.Add(H("rl", s.Rules[i]));
        into.Add(H("rlsh", s.Rules[i] + s.Shapes[i]));
        into.Add(H("rl-1", i > 0 ? s.Rules[i - 1] : "<s>"));
        into.Add(H("rl+1", i + 1 < s.Words.Count ? s.Rules[i + 1] : "</s>"));
        if (i == 0) into.Add(H("first", s.Shapes[i]));
        if (w.Contains('-')) into.Add(H("hy"));
        for (var d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            var j = i + d;
            var key = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var word = j < 0 ? "<s>" : j >= s.Words.Count ? "</s>" : s.Lower[j];
            var shape = j < 0 ? "<s>" : j >= s.Words.Count ? "</s>" : s.Shapes[j];
            into.Add(H("w" + key, word));
            into.Add(H("sh" + key, shape));
            if (d is -1 or 1)
            {
                into.Add(H("gz" + key, j < 0 || j >= s.Words.Count ? "<>" : s.Gaz[j]));
                into.Add(H("lx" + key, j < 0 || j >= s.Words.Count ? "<>" : s.Lex[j]));
            }
        }

        into.Add(H("w-1w", (i > 0 ? s.Lower[i - 1] : "<s>") + "|" + lw));
        into.Add(H("ww+1", lw + "|" + (i + 1 < s.Words.Count ? s.Lower[i + 1] : "</s>")));
        into.Add(H("sh-1sh+1", (i > 0 ? s.Shapes[i - 1] : "<s>") + "|" + s.Shapes[i] + "|" + (i + 1 < s.Words.Count ? s.Shapes[i + 1] : "</s>")));
        into.Add(H("t-1", NerTags.All[prev]));
        into.Add(H("t-2t-1", NerTags.All[prev2] + "|" + NerTags.All[prev]));
        into.Add(H("t-1w", NerTags.All[prev] + "|" + lw));
        into.Add(H("t-1sh", NerTags.All[prev] + "|" + s.Shapes[i]));
    }

    /// <summary>"Xxxx" -> "Xx", "IBM" -> "X", "1996" -> "d", "U.S." -> "X.X.": runs of a character class collapse.</summary>
    public static string Shape(string word)
    {
        var sb = new StringBuilder();
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (sb.Length == 0 || sb[^1] != k || k is not ('X' or 'x' or 'd')) sb.Append(k);
        }

        return sb.Length > 6 ? sb.ToString(0, 6) : sb.ToString();
    }

    private static ulong H(string name, string value = "")
    {
        var h = 14695981039346656037UL;
        foreach (var c in name) h = (h ^ c) * 1099511628211UL;
        h = (h ^ 0x1F) * 1099511628211UL;
        foreach (var c in value) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
