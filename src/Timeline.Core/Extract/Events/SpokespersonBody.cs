using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "A spokeswoman for Maersk said", "..., said an official at the ministry of health", "officials from Norway told reporters":
/// a speaker the text does not name but describes by the body they speak for. What such a speaker says comes from that body,
/// which takes part in the reported event as its source. Only an organisation, a country or a group speaks through others;
/// "a spokesman for Lars Holm" speaks for a person, who is not the source. Pure.
/// </summary>
public static class SpokespersonBody
{
    // Nouns of those who speak or act on a body's behalf.
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official", "officials",
        "representative", "representatives", "executive", "executives", "source", "sources", "aide", "aides", "lawyer", "lawyers",
        "attorney", "attorneys", "adviser", "advisers", "advisor", "advisors",
    };

    // The prepositions that tie the role to its body: "a spokesman for", "an official at", "a lawyer with", "officials from", "an aide of".
    private static readonly HashSet<string> Ties = new(StringComparer.OrdinalIgnoreCase) { "for", "at", "with", "from", "of" };

    /// <summary>
    /// The actor id of the body the speaker's phrase, tokens [<paramref name="start"/>, <paramref name="end"/>), says the speaker
    /// speaks for: determiners and modifiers, a role noun, its preposition and the body's name, which ends the phrase. Null otherwise.
    /// </summary>
    public static string? Find(IReadOnlyList<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var k = start;
        // "a", "an", "one", "senior", "two", "another": the words before the role modify it.
        while (k < end && tags[k] is "DT" or "JJ" or "JJS" or "CD" && (k == start || char.IsLower(tokens[k].Text[0]))) k++;
        if (k + 2 >= end || !Roles.Contains(tokens[k].Text) || !Ties.Contains(tokens[k + 1].Text)) return null;
        // "an official at the European Commission": the name may be read with its article or without it.
        var nameAt = tokens[k + 2].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? k + 3 : k + 2;
        if (nameAt >= end) return null;
        var phraseEnd = tokens[end - 1].Start + tokens[end - 1].Length;
        var body = mentions.FirstOrDefault(m => !m.Mention.IsDemonym && (m.Mention.Start == tokens[nameAt].Start || m.Mention.Start == tokens[k + 2].Start) && m.Mention.End == phraseEnd
            && actors[m.ActorId].Kind is ActorKind.Organisation or ActorKind.Country or ActorKind.Group);
        return body?.ActorId;
    }

    // Nouns of those whose job is to carry a body's word, never to act in what they report.
    private static readonly HashSet<string> Messengers = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
    };

    /// <summary>
    /// "Maersk spokeswoman Ida Berg said", "Ida Berg, a spokeswoman for Maersk, said", "a Maersk spokesman, Lars Holm, said":
    /// a speaker the text names but introduces as a spokesperson carries the body's word and takes no part in what they report.
    /// The sources are the organisations, countries and groups the phrase, tokens [<paramref name="start"/>, <paramref name="end"/>),
    /// names besides the speaker (none for "a spokeswoman for the shipping giant"); null when the phrase names no spokesperson.
    /// </summary>
    public static List<string>? ForMessenger(IReadOnlyList<TextSpan> tokens, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var words = Enumerable.Range(start, Math.Max(0, end - start)).Select(k => tokens[k].Text).ToList();
        var pressSecretary = words.Zip(words.Skip(1)).Any(p => p.First.Equals("press", StringComparison.OrdinalIgnoreCase) && p.Second.ToLowerInvariant() is "secretary" or "officer");
        if (!pressSecretary && !words.Exists(Messengers.Contains)) return null;
        var (from, to) = (tokens[start].Start, tokens[end - 1].Start + tokens[end - 1].Length);
        return [.. mentions.Where(m => !m.Mention.IsDemonym && m.Mention.Start >= from && m.Mention.End <= to
                && actors[m.ActorId].Kind is ActorKind.Organisation or ActorKind.Country or ActorKind.Group)
            .Select(m => m.ActorId).Distinct(StringComparer.Ordinal)];
    }
}
