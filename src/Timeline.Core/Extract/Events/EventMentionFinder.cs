using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// Every word of a sentence that names an event, not just the clause's main one: verbs (by part of
/// speech, without auxiliaries and forms of "be"), the lexicon's event nouns, and nominalisations
/// ("decision", "appearance"). Pure and thread-safe.
/// </summary>
public sealed partial class EventMentionFinder(PosTagger tagger, TriggerLexicon lexicon)
{
    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "'m",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "having", "do", "does", "did", "'ve", "'d", "get", "got", "gets",
    };

    public List<TextSpan> Find(List<TextSpan> tokens)
    {
        var tags = tagger.Tag(tokens.Select(t => t.Text).ToList());
        var mentions = new List<TextSpan>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var tag = tags[i];
            if (tag.StartsWith("VB", StringComparison.Ordinal))
            {
                if (Be.Contains(word) || (Auxiliaries.Contains(word) && VerbFollows(tags, i))) continue;
                mentions.Add(tokens[i]);
            }
            else if (tag.StartsWith("NN", StringComparison.Ordinal) && !tag.StartsWith("NNP", StringComparison.Ordinal)
                     && (lexicon.Find(word) is { IsNoun: true } || NominalisationRegex().IsMatch(word)))
            {
                mentions.Add(tokens[i]);
            }
        }

        return mentions;
    }

    // "has announced", "did not say": the auxiliary is not the event, the verb after it is.
    private static bool VerbFollows(IReadOnlyList<string> tags, int i)
    {
        for (var j = i + 1; j < tags.Count && j <= i + 3; j++)
        {
            if (tags[j] is "VBN" or "VB" or "VBG" or "VBD") return true;
            if (!(tags[j] is "RB" or "RBR" or "RBS" or "PRP" or "DT")) return false;
        }

        return false;
    }

    [GeneratedRegex(@"^[a-z]{3,}(?:tion|sion|ment|ance|ence|ure|al)s?$")]
    private static partial Regex NominalisationRegex();
}
