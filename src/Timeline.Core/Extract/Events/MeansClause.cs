using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "BP beefed up its legal department by hiring Kirkland &amp; Ellis", "Maersk grew its fleet by buying ships from Fjord Shipping":
/// a "by" and a gerund after the verb's object tell how the happening was done, and those that phrase names take part in it, though
/// the title may end before them. The phrase ends at the first clause break, another verb or a preposition of the happening's
/// circumstances ("by hiring lawyers before the Nordic Council hearing"). Pure.
/// </summary>
public static class MeansClause
{
    // How many words of the means phrase are read: its verb's object and one prepositional phrase.
    private const int MaxTokens = 10;

    /// <summary>
    /// The actors named in the first means phrase that opens between token <paramref name="verb"/> and <paramref name="titleEnd"/>
    /// (the first token past the title and a time that follows it: "on Monday by buying"): the title may keep the phrase's start
    /// ("strengthened its fleet by buying six ships") and leave out whom it names ("from Fjord Shipping"). Places, demonyms and
    /// names that are no actor are left out.
    /// </summary>
    public static List<string> Participants(List<TextSpan> tokens, IReadOnlyList<string> tags, int verb, int titleEnd,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var by = -1;
        for (var k = verb + 1; k <= titleEnd && k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Text is "," or ";" or ":") break;
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && tags[k + 1] == "VBG")
            {
                by = k;
                break;
            }
        }

        if (by < 0) return [];
        // "Kirkland & Ellis": a name's own "&" or "and" goes on with the name.
        bool InName(int k) => mentions.Any(m => m.Mention.Start < tokens[k].Start && tokens[k].Start < m.Mention.End);
        var end = by + 2;
        while (end < tokens.Count && end < by + 2 + MaxTokens && !(Breaks(tokens[end].Text, tags[end]) && !InName(end))) end++;
        var first = tokens[by + 2].Start;
        var last = tokens[end - 1].Start + tokens[end - 1].Length;
        return [.. mentions.Where(m => m.Mention.Start >= first && m.Mention.End <= last && !m.Mention.IsDemonym
                && actors.TryGetValue(m.ActorId, out var actor) && actor.Kind is not (ActorKind.Place or ActorKind.NotAnActor))
            .Select(m => m.ActorId)];
    }

    private static bool Breaks(string word, string tag) =>
        word is "," or ";" or ":" or "." or "(" or "--" or "—" or "–" || tag is "CC" or "WDT" or "WP" or "WP$" or "MD"
        || (tag.StartsWith("VB", StringComparison.Ordinal) && tag != "VBN") || Circumstance.Contains(word);

    // Prepositions that open the circumstances of the whole happening, not a complement of the gerund.
    private static readonly HashSet<string> Circumstance = new(StringComparer.OrdinalIgnoreCase)
    {
        "before", "after", "during", "until", "since", "because", "despite", "amid", "ahead", "following", "as", "while", "when", "if",
        "unless", "although", "though",
    };
}
