using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "the blowout preventer (BOP)", "a credit default swap, or CDS": initials an article spells out in lower-case words stand for a
/// thing (a device, a contract, a procedure); an organisation's name is written in capitals ("the Minerals Management Service (MMS)").
/// </summary>
internal static partial class SpelledOutThings
{
    /// <summary>Whether the actor's initials, or its name as initials, are spelled out in the body as a common noun phrase.</summary>
    public static bool IsThing(string body, Actor actor)
    {
        if (actor.Kind is ActorKind.Country or ActorKind.Person) return false;
        foreach (var initials in actor.Aliases.Prepend(actor.Name).Where(IsInitials).Distinct(StringComparer.Ordinal))
        {
            var pattern = @"((?:[a-z][a-z-]*\s+){0,5}[a-z][a-z-]*)\s*(?:\(\s*" + Regex.Escape(initials) + @"\s*\)|,\s+or\s+" + Regex.Escape(initials) + @"\b)";
            foreach (Match match in Regex.Matches(body, pattern, RegexOptions.CultureInvariant))
            {
                if (IsSpelledOut(match.Groups[1].Value.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries), initials)) return true;
            }
        }

        return false;
    }

    // "ROVs" of "remotely operated vehicles": capitals, and an "s" when the thing is plural.
    private static bool IsInitials(string name) => PluralInitials().IsMatch(name);

    // The phrase opens with the first initial's letter and ends with the last's, in no more words than there are initials
    // ("blowout preventer" for BOP: compounds take one letter each of their parts); a body's words ("agency", "service") make an organisation's name, though lower case.
    private static bool IsSpelledOut(string[] words, string initials)
    {
        var letters = initials.TrimEnd('s').ToLowerInvariant();
        for (var start = Math.Max(0, words.Length - letters.Length); start <= words.Length - 2; start++)
        {
            var phrase = words[start..];
            if (phrase[0][0] == letters[0] && phrase[^1][0] == letters[^1] && !phrase.Any(w => BodyNouns.Contains(w.TrimEnd('s')))) return true;
        }

        return false;
    }

    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "agency", "administration", "association", "authority", "board", "bureau", "commission", "committee", "company", "corporation",
        "council", "department", "force", "foundation", "fund", "group", "institute", "ministry", "office", "organisation", "organization",
        "party", "service", "union", "university", "network", "coalition", "alliance", "society", "team", "unit", "panel", "court",
    };

    [GeneratedRegex(@"^[A-Z]{2,6}s?$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralInitials();
}
