using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// The other side of a two-sided happening, where the verb's object does not name it. A meeting, a call, talks or a deal
/// is held "with" someone, and the phrase may come after the words the headline keeps ("is to discuss the spill in a
/// telephone call with the Danish prime minister tomorrow"). A capital stands for its country's government when the country is
/// the other side: "talks with Beijing", "met counterparts from Beijing"; "flights from Beijing" or "returned from
/// Beijing" name a place. Pure.
/// </summary>
public static class OtherParty
{
    // Verbs that take a partner, and the nouns of happenings held with one.
    private static readonly HashSet<string> TwoSided = new(StringComparer.OrdinalIgnoreCase)
    {
        "meet", "met", "meeting", "talk", "talks", "discuss", "call", "calls", "speak", "spoke", "negotiate", "negotiations", "confer",
        "consult", "consultations", "conversation", "conversations", "trade", "deal", "agreement", "contract", "accord", "summit", "dialogue",
        "conference", "sign", "signed", "agree", "agreed", "cooperate", "partnership", "alliance", "dispute", "row", "clash", "clashed",
        "briefing", "briefings",
    };

    // Who come "from" a capital on its government's behalf: "counterparts from Beijing", "a delegation from Washington".
    private static readonly HashSet<string> Sent = new(StringComparer.OrdinalIgnoreCase) { "counterpart", "counterparts", "visitors", "side" };

    // Words that open another clause or phrase after the "with" phrase: "met with Holm, but Vance said".
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "while", "after", "before", "because", "as", "when", "where", "which", "who", "that", "said", "says", "and", "or", "to", "about", "together",
    };

    /// <summary>
    /// Actors that take part as the other side of the clause's verb at <paramref name="verbEnd"/>: a "with" phrase past
    /// <paramref name="headlineEnd"/> of a two-sided verb, and a capital's country when the capital is the other side.
    /// </summary>
    public static List<string> Find(TextSpan clause, int verbStart, int headlineEnd, string lemma, List<ResolvedMention> mentions, Dictionary<string, Actor> byId)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(byId);
        var found = new List<string>();
        foreach (var m in mentions)
        {
            // A demonym names a kind of thing ("Danish ships"), except before an office ("the Danish prime minister").
            if (m.Mention.Start <= verbStart || (m.Mention.IsDemonym && OfficeAfter(clause, m.Mention.End) is null) || !byId.TryGetValue(m.ActorId, out var actor)) continue;
            var before = clause.Text[..Math.Clamp(m.Mention.Start - clause.Start, 0, clause.Text.Length)];
            var words = Tokenizer.Tokenize(before).Select(t => t.Text).ToList();
            var with = WithAt(words);
            var verbWords = Tokenizer.Tokenize(clause.Text[Math.Clamp(verbStart - clause.Start, 0, clause.Text.Length)..Math.Clamp(m.Mention.Start - clause.Start, 0, clause.Text.Length)])
                .Select(t => t.Text).ToList();
            // "arrived to meet with", "announced the deal after officials held talks with": a "with" past another verb or clause
            // belongs to that one.
            if (verbWords.Skip(1).Any(Breaks.Contains)) continue;
            if (actor.Kind == ActorKind.Place)
            {
                if (Gazetteer.CountryOfCapital(actor.Name) is not { } country) continue;
                var partner = words.Count >= 1 && words[^1].Equals("with", StringComparison.OrdinalIgnoreCase)
                    || words.Count >= 2 && words[^1].Equals("from", StringComparison.OrdinalIgnoreCase) && (Sent.Contains(words[^2]) || SubjectFinder.ActsFor(words[^2]));
                var ofCountry = byId.Values.FirstOrDefault(a => a.Kind == ActorKind.Country && a.Name == country);
                if (partner && ofCountry is not null) found.Add(ofCountry.Id);
                continue;
            }

            if (actor.Kind == ActorKind.NotAnActor || m.Mention.Start < headlineEnd || with < 0) continue;
            // "talks with Lars Holm's envoy Ida Berg": the possessor only says whose the other side is.
            if (Possessor(clause, m.Mention.End)) continue;
            // The clause must tell a two-sided happening: its verb, or a noun between the verb and "with".
            if (!TwoSided.Contains(lemma) && !verbWords.Exists(TwoSided.Contains)) continue;
            // "a telephone conversation with the US president": the country only says whose office; the other side is the
            // one person the article names with it, and the country itself when the article names no one.
            found.Add(actor.Kind == ActorKind.Country && OfficeAfter(clause, m.Mention.End) is { } office
                && RoleHolder.OfCountry(actor.Name, office, byId) is { } holder ? holder : actor.Id);
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    // The office a country's name opens: "US president", "Danish prime minister", "French foreign minister"; null when the
    // words after the name are no office or go on to a name ("the US president, Barack Obama") or another body ("of").
    private static List<string>? OfficeAfter(TextSpan clause, int mentionEnd)
    {
        var after = Tokenizer.Tokenize(clause.Text[Math.Clamp(mentionEnd - clause.Start, 0, clause.Text.Length)..]).Take(3).Select(t => t.Text).ToList();
        for (var n = 1; n <= 2 && n <= after.Count; n++)
        {
            if (!RoleHolder.IsOfficeHead(after[n - 1])) continue;
            if (n < after.Count && RoleHolder.Continues(after[n])) return null;
            return after.Take(n).ToList();
        }

        return null;
    }

    private static bool Possessor(TextSpan clause, int mentionEnd)
    {
        var after = Math.Clamp(mentionEnd - clause.Start, 0, clause.Text.Length);
        return clause.Text.AsSpan(after).StartsWith("'s", StringComparison.Ordinal) || clause.Text.AsSpan(after).StartsWith("’s", StringComparison.Ordinal);
    }

    // The index of a "with" at most five words before the end, with no clause break after it, or -1.
    private static int WithAt(List<string> words)
    {
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - 6; k--)
        {
            if (words[k] is ";" or ":" or "." or "(" or ")" || Breaks.Contains(words[k])) return -1;
            if (words[k].Equals("with", StringComparison.OrdinalIgnoreCase)) return k;
        }

        return -1;
    }
}
