using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// "Maersk hired Komatsu to run the yard", "blamed a faulty weld by contractor Komatsu": an organisation the registry lists, named
/// in a title after its subject, takes part in the event, though the recogniser missed the name in that one sentence. Only a name
/// written whole and standing alone: not a word of a longer name ("the Komatsu Valdez", "Komatsu Mobil", "Coast Guard Admiral
/// Holm"), not one that only says which thing a noun is ("the Komatsu rig", "Komatsu's yard"), and not where the title says
/// where it happened ("at Komatsu", "in Komatsu"). Pure.
/// </summary>
public static class TitleNamedBodies
{
    // Prepositions of place: what follows says where, not who takes part.
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase) { "at", "in", "inside", "outside", "near", "across", "throughout" };

    // Words after a name that end its phrase; any other lower-case word is a noun the name modifies.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "to", "and", "or", "for", "in", "on", "at", "with", "by", "from", "as", "after", "before", "over", "since", "that", "which",
        "who", "because", "when", "but", "into", "than", "about", "against", "under", "during", "until", "while", "across", "through",
        "of", "if",
    };

    /// <summary>The events, each with the listed organisations its title names after its first word added to its actors.</summary>
    public static List<TimelineEvent> Add(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor> registry)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(registry);
        // Looked up by their first word: a title meets the few names that can start at one of its words, not the whole registry.
        var byFirstWord = registry.Where(a => a.Kind == ActorKind.Organisation && a.Name.Length >= 2)
            .Select((a, order) => (Order: order, a.Id, Words: a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToLookup(b => b.Words[0], StringComparer.Ordinal);
        return [.. events.Select(e => With(e, byFirstWord))];
    }

    private static TimelineEvent With(TimelineEvent e, ILookup<string, (int Order, string Id, string[] Words)> byFirstWord)
    {
        var words = e.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var added = words.Skip(1).SelectMany(w => byFirstWord[w].Concat(byFirstWord[w.TrimEnd(TrailingMarks)]))
            .Where(b => !e.Actors.Contains(b.Id) && Standing(words, b.Words))
            .OrderBy(b => b.Order).Select(b => b.Id).Distinct(StringComparer.Ordinal).ToList();
        return added.Count == 0 ? e : e with { Actors = [.. e.Actors, .. added] };
    }

    private static readonly char[] TrailingMarks = ['.', ',', ';', ':', '"', '”', ')'];

    private static bool Standing(string[] words, string[] name)
    {
        for (var k = 1; k + name.Length <= words.Length; k++)
        {
            var last = words[k + name.Length - 1];
            var bare = last.TrimEnd(TrailingMarks);
            if (!name.Select((w, i) => (i == name.Length - 1 ? bare : words[k + i]) == w).All(same => same)) continue;
            // After the subject: a lower-case word (the verb) comes first; before the name, no capitalised word of a longer one.
            if (!words.Take(k).Any(w => w.Length > 0 && char.IsLower(w[0]))) continue;
            var before = words[k - 1];
            var after = bare.Length < last.Length ? null : k + name.Length < words.Length ? words[k + name.Length] : null;
            if (IsCapitalised(before)) continue;
            if (Locative.Contains(before) || (before is "the" && k >= 2 && Locative.Contains(words[k - 2]))) continue;
            if (after is not null && (IsCapitalised(after) || after.StartsWith('\'') || after.StartsWith('’') || after is "'s" or "’s"
                || (char.IsLower(after[0]) && !PhraseEnds.Contains(after)))) continue;
            // "the Nordic Council of Ministers": "of" and a capitalised word go on with the name.
            var next = k + name.Length + 1 < words.Length ? words[k + name.Length + 1] : null;
            if (after is "of" && next is not null && (IsCapitalised(next) || (next == "the" && k + name.Length + 2 < words.Length && IsCapitalised(words[k + name.Length + 2])))) continue;
            return true;
        }

        return false;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
