using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Libyan rebels seized Brega. ... The rebels said ...": once an article has named a group by its country ("Libyan
/// rebels"), the bare noun later on ("the rebels", "rebels", "protesters") is that group, as a reader takes it. Only when
/// the article named exactly one group with that noun before; "rebels" with an adjective of its own ("the eastern rebels",
/// "Kurdish rebels") or in an article that named two such groups is left alone. Pure.
/// </summary>
internal static partial class GroupReferences
{
    /// <summary>The sentences' mentions with the bare group nouns that refer back to a named group added, in text order.</summary>
    public static List<List<ActorMention>> Add(Gazetteer gazetteer, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<ActorMention>> mentions)
    {
        var result = new List<List<ActorMention>>(mentions.Count);
        // The groups named so far, by their noun: null once two groups share it.
        var named = new Dictionary<string, ActorMention?>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var own = mentions[i];
            var sentence = sentences[i];
            var added = new List<ActorMention>();
            foreach (Match bare in BareNoun().Matches(sentence.Text))
            {
                var word = bare.Groups["noun"];
                if (NonStateGroups.NounOf(word.Value) is not { } noun || !named.TryGetValue(noun, out var group) || group is null) continue;
                if (!OpensPhrase(gazetteer, sentence.Text[..word.Index])) continue;
                var start = sentence.Start + word.Index;
                if (own.Exists(m => m.Start <= start && start < m.End)) continue;
                added.Add(group with { Start = start, Text = word.Value, IsSentenceCapital = false });
            }

            foreach (var m in own.Where(m => m is { Kind: ActorKind.Group, IsDemonym: false } && m.Country is not null))
            {
                var noun = m.Name[(m.Name.LastIndexOf(' ') + 1)..];
                if (NonStateGroups.NounOf(noun) is null) continue;
                named[noun] = named.TryGetValue(noun, out var before) && (before is null || before.Name != m.Name) ? null : m;
            }

            result.Add(added.Count == 0 ? own : [.. own.Concat(added).OrderBy(m => m.Start)]);
        }

        return result;
    }

    // The noun stands alone when nothing before it could be its own modifier: the sentence or a phrase opens there, or a
    // function word ("the", "of", "and") or a verb form ("attacked", "joins") comes before it. A capitalised word ("Kurdish",
    // "Houthi") or a lowercase modifier ("rival", "pro-Holm", "foreign") names other people.
    private static bool OpensPhrase(Gazetteer gazetteer, string before)
    {
        var text = before.TrimEnd();
        if (text.Length == 0 || !char.IsLetter(text[^1])) return true;
        var space = text.LastIndexOf(' ');
        var word = text[(space + 1)..];
        if (word is "The" or "the") return true;
        if (!char.IsLower(word[0]) || word.Contains('-', StringComparison.Ordinal)) return false;
        return gazetteer.IsFunctionWord(word) || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(?<noun>[Rr]ebels|[Pp]rotesters|[Pp]rotestors|[Dd]emonstrators|[Ii]nsurgents|[Mm]ilitants|[Aa]ctivists|[Dd]issidents|[Ss]eparatists)\b(?![-'’])")]
    private static partial Regex BareNoun();
}
