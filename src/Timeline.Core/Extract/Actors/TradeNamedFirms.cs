using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "The US carmaker Chrysler filed for bankruptcy. ... Chrysler closed eight plants": once an article has introduced a firm
/// with its trade before its name or in an apposition after it ("Fiat, the Italian carmaker,"), the name alone later on is
/// that firm, as a reader takes it, however much the word alone looks like a given name or an ordinary one ("Chrysler", "Fiat"). Only names the article introduces so; a name it also
/// writes as a person's or a place's stays what the recogniser read. Pure.
/// </summary>
internal static class TradeNamedFirms
{
    /// <summary>The sentences' mentions with the later bare names of firms introduced by their trade added, in text order.</summary>
    public static List<List<ActorMention>> Add(Gazetteer gazetteer, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<ActorMention>> mentions)
    {
        var definition = new DefinitionCue(gazetteer);
        // Tokenised only where needed: most sentences name no firm, and most articles introduce none by its trade.
        var tokens = new List<TextSpan>?[sentences.Count];
        List<TextSpan> Tokens(int i) => tokens[i] ??= Tokenizer.Tokenize(sentences[i].Text, sentences[i].Start);
        var firms = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in mentions[i].Where(m => m is { Kind: ActorKind.Organisation, IsDemonym: false } && m.Name == m.Text))
            {
                var words = Tokens(i);
                var first = words.FindIndex(t => t.Start == m.Start);
                var count = words.Count(t => t.Start >= m.Start && t.End <= m.End);
                if (first >= 0 && (definition.Before(words, first, count) is ActorKind.Organisation || definition.TradeAfter(words, first + count))) firms.TryAdd(m.Name, m);
            }
        }

        if (firms.Count == 0) return [.. mentions];
        // A name the article also gives another kind keeps the recogniser's reading everywhere.
        foreach (var other in mentions.SelectMany(s => s).Where(m => m.Kind is not (ActorKind.Organisation or ActorKind.Person)))
        {
            firms.Remove(other.Name);
        }

        var result = new List<List<ActorMention>>(mentions.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var own = mentions[i];
            var added = new List<ActorMention>();
            foreach (var (name, firm) in firms.Where(f => sentences[i].Text.Contains(f.Key, StringComparison.Ordinal)))
            {
                var words = name.Split(' ');
                var sentenceTokens = Tokens(i);
                for (var k = 0; k + words.Length <= sentenceTokens.Count; k++)
                {
                    if (!Enumerable.Range(0, words.Length).All(n => sentenceTokens[k + n].Text == words[n])) continue;
                    var start = sentenceTokens[k].Start;
                    var end = sentenceTokens[k + words.Length - 1].End;
                    // "Fiat Chrysler", "Chrysler Building": a longer capitalised name the word is part of is another name; "In Chrysler's
                    // plants" opens with a common word.
                    if (k > 0 && NameShapes.IsCapitalised(sentenceTokens[k - 1].Text)
                        && !(IsSentenceStart(sentenceTokens, k - 1) && gazetteer.CommonWords.Contains(sentenceTokens[k - 1].Text.ToLowerInvariant()))) continue;
                    if (k + words.Length < sentenceTokens.Count && NameShapes.IsCapitalised(sentenceTokens[k + words.Length].Text)) continue;
                    // A person's or a place's name the recogniser read there stays; a partial person's word is the firm.
                    if (own.Exists(m => m.Start < end && start < m.End && !(m.Kind == ActorKind.Person && m.IsPartial && m.Start == start && m.End == end))) continue;
                    added.Add(firm with { Start = start, Text = sentenceTokens[k].Text == name ? name : string.Join(' ', words), IsSentenceCapital = false });
                }
            }

            result.Add(added.Count == 0 ? own : [.. own.Where(m => !added.Exists(a => a.Start == m.Start && a.End == m.End)).Concat(added).OrderBy(m => m.Start)]);
        }

        return result;
    }

    private static bool IsSentenceStart(List<TextSpan> tokens, int k) => k == 0 || tokens[k - 1].Text is "\"" or "“" or "(" or "-" or "—";
}
