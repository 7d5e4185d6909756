using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Libyan rebels", "Egyptian anti-government protesters", "the Syrian opposition": a country's demonym before a noun for
/// people who act against or apart from the state names a group of that country, not the state itself ("Libyan troops" are
/// the state, "Libyan rebels" fight it). The group is one actor, named by the demonym and the plural noun ("Libyan rebels"),
/// as event coders name such actors by country and role. Only plain nouns for such people, with at most a modifier that
/// says what they oppose or want ("anti-government", "pro-democracy"); "pro-Holm protesters" or "opposition leader" are
/// something else. Pure.
/// </summary>
internal static partial class NonStateGroups
{
    // Plural nouns for people acting apart from the state, with the spelling a group's name takes.
    private static readonly Dictionary<string, string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rebels"] = "rebels", ["protesters"] = "protesters", ["protestors"] = "protesters", ["demonstrators"] = "protesters",
        ["insurgents"] = "insurgents", ["militants"] = "militants", ["activists"] = "activists", ["dissidents"] = "dissidents",
        ["separatists"] = "separatists", ["opposition"] = "opposition", ["rebel"] = "rebels",
    };

    // A noun that also modifies ("opposition", "rebel") names the group alone or before a noun for its fighters or
    // members ("opposition forces", "rebel fighters"); before any other noun ("opposition leader", "rebel commander") it is a
    // modifier of something else. "rebel" alone is never the group.
    private static readonly Dictionary<string, HashSet<string>> Modifiers = new(StringComparer.Ordinal)
    {
        ["opposition"] = new(StringComparer.OrdinalIgnoreCase) { "forces", "fighters", "groups", "movement" },
        ["rebel"] = new(StringComparer.OrdinalIgnoreCase) { "forces", "fighters", "troops", "units" },
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
    };

    // A word that can only follow the group's noun as its verb, or a plural noun the group acts through.
    private static bool VerbOrPlural(string word) => Auxiliaries.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal)
        || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>The head noun of a group's name as it is written in the text, or null: "protestors" gives "protesters".</summary>
    public static string? NounOf(string word) => GroupNouns.GetValueOrDefault(word);

    /// <summary>Whether the actor is a group this reading named ("Libyan rebels"): a group of a country with a group noun last.</summary>
    public static bool IsGroup(Actor actor) =>
        actor is { Kind: ActorKind.Group, Country: not null } && GroupNouns.ContainsKey(actor.Name[(actor.Name.LastIndexOf(' ') + 1)..]);

    /// <summary>The mentions with each demonym that opens a group's noun phrase read as that group.</summary>
    public static List<ActorMention> Join(string sentence, int offset, List<ActorMention> mentions)
    {
        var read = new List<ActorMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m is not { Kind: ActorKind.Country, IsDemonym: true } || m.End - offset > sentence.Length || !char.IsUpper(m.Text[0])
                || GroupAfter().Match(sentence, m.End - offset) is not { Success: true } g || !GroupNouns.TryGetValue(g.Groups["noun"].Value, out var noun))
            {
                read.Add(m);
                continue;
            }

            var end = g.Index + g.Length;
            if (Modifiers.TryGetValue(g.Groups["noun"].Value.ToLowerInvariant(), out var heads))
            {
                // "Syrian opposition forces", "Libyan rebel fighters": the group with the noun for its fighters or members.
                var next = NextWord().Match(sentence, end);
                if (next.Success && heads.Contains(next.Groups[1].Value)) end = next.Index + next.Length;
                // "Libyan rebel commander", "Syrian opposition leader": a modifier of someone else. "the Syrian opposition said",
                // "Syrian opposition leaders met" (the group acting through its leaders): a verb or a plural after it.
                else if (g.Groups["noun"].Value.Equals("rebel", StringComparison.OrdinalIgnoreCase) || (next.Success && char.IsLetter(next.Groups[1].Value[0]) && !VerbOrPlural(next.Groups[1].Value))) { read.Add(m); continue; }
            }

            var text = sentence[(m.Start - offset)..end];
            read.Add(m with { Kind = ActorKind.Group, IsDemonym = false, Text = text, Name = Demonym(m.Text) + " " + noun, Country = m.Name });
        }

        return read;
    }

    // "LIBYAN" in a headline written in capitals is still "Libyan".
    private static string Demonym(string written) =>
        written.All(c => !char.IsLetter(c) || char.IsUpper(c)) && written.Length > 3 ? written[0] + written[1..].ToLowerInvariant() : written;

    // One space, at most one modifier of what the group opposes or wants, then the group's noun ending a word.
    [GeneratedRegex(@"\G (?:(?:anti|pro)-(?:government|regime|democracy|reform) )?(?<noun>[A-Za-z]+)\b(?!-)")]
    private static partial Regex GroupAfter();

    [GeneratedRegex(@"\G ?([\p{L}'’]+)")]
    private static partial Regex NextWord();
}
