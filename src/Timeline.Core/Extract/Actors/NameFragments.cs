using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Finds names read as a piece of a longer name: "South Florida" of "University of South Florida", "U.S. Fish" and "Wildlife
/// Service" of "U.S. Fish and Wildlife Service", "U.S. Energy" of "U.S. Energy Department", "St James" of "St James's Square", "Senate Committee" of "Senate Committee on Armed Services". A
/// name every mention of which is glued so into a longer one names nothing of its own; a list of names ("Shell and Exxon Mobil
/// Corp.", "Fox Broadcasting and Metro-Goldwyn-Mayer Studios") or a title ("the chairman of Transocean") makes no longer name.
/// </summary>
internal sealed partial class NameFragments(Gazetteer gazetteer)
{
    /// <summary>Whether every mention of the actor is a piece of a longer name; a name the gazetteer knows and a person's are left be.</summary>
    public bool IsFragment(string body, Actor actor, List<ResolvedMention> own, IReadOnlyList<ResolvedMention> all)
    {
        if (actor.Kind is ActorKind.Country or ActorKind.Person || own.Count == 0 || gazetteer.Find(actor.Name) is not null) return false;
        var ends = all.Select(m => m.Mention.End).ToHashSet();
        var open = !NameReading.IsOrganisationByItsName(actor.Name) && !NameReading.IsFirmByItsName(actor.Name)
            && gazetteer.IsDictionaryWord(actor.Name.Split(' ')[^1]);
        var complemented = TakesComplement(actor.Name);
        return own.TrueForAll(m => GluedBefore(body, m.Mention.Start, ends) || (open && GluedAfter(body, m.Mention.End)) || PlaceOfPossessive(body, m.Mention.End)
            || (complemented && ComplementAfter(body, m.Mention.End)));
    }

    // Heads of bodies' and districts' names that English completes with a prepositional phrase after them: "Senate Committee on
    // Armed Services", "National Commission on the Halvor Spill", "US Department of Justice", "Eastern District of Louisiana".
    private static readonly HashSet<string> ComplementHeads = new(StringComparer.Ordinal)
    {
        "Committee", "Subcommittee", "Commission", "Council", "Department", "Office", "Bureau", "Board", "Court", "District", "Center", "Centre", "Institute",
    };

    // "Senate Committee", "House Select Committee": a head of two words or more read without the phrase that says which one.
    private static bool TakesComplement(string name) => name.Split(' ') is { Length: >= 2 } words && ComplementHeads.Contains(words[^1]);

    // "[Senate Committee] on Energy and Natural Resources", "[House Committee] on the Judiciary", "[US Department] of Justice": "on"
    // or "for" and a capitalised word, or "of" and a capitalised word without "the" (after "of the" English names who owns or runs the
    // body: "the Board of the Halvor Trust"); a day or a month after "on" says when ("the House Committee on Tuesday").
    private static bool ComplementAfter(string body, int end)
    {
        var match = Complement().Match(body, end, Math.Min(60, body.Length - end));
        // "May" is left out of the calendar words a name may be (a given name); after "on" it is the month.
        var word = match.Groups["word"].Value;
        return match.Success && !ActorEvidence.IsCalendarWord(word) && word != "May";
    }

    // "University of [South Florida]", "Port of [Fourchon]": an organisation's or a place's head word that is no other name's end, then
    // "of": the head takes the words after it into its name. "Fish and [Wildlife Service]": an ordinary word the gazetteer does not know
    // as a name, then "and". A title ("Chairman of", "Secretary of") or a name ("Shell and") before the word says a list or a role.
    private bool GluedBefore(string body, int start, HashSet<int> ends)
    {
        var before = ActorEvidence.Before(body, start, 60);
        var match = JoinBefore().Match(before);
        if (!match.Success) return false;
        var word = match.Groups["word"].Value;
        if (match.Groups["and"].Success)
        {
            return gazetteer.IsDictionaryWord(word) && gazetteer.Find(word) is null && !EndsAName(word)
                && !SentenceStart().IsMatch(before[..match.Groups["word"].Index]);
        }

        if (!NameShapes.IsOrganisationWord(word) && !NameShapes.IsPlaceWord(word)) return false;
        return !ends.Contains(start - before.Length + match.Groups["word"].Index + word.Length);
    }

    // "Grand Isle and", "Vell Strategies and": a word that ends an organisation's, a firm's or a place's name ends a name of a list.
    private static bool EndsAName(string word) =>
        NameShapes.IsOrganisationWord(word) || NameShapes.IsPlaceWord(word) || NameReading.IsPlaceByItsHead("X " + word) || NameReading.IsFirmByItsName("X " + word);

    // After a name ending in an ordinary word: "[U.S. Fish] and Wildlife Service" ("and" and capitalised words up to an organisation's
    // head), "[U.S. Energy] Department" (the head itself, not a legal form after a firm's name), "[U.S. Energy] Secretary Steven Chu" (a
    // role).
    private bool GluedAfter(string body, int end)
    {
        var after = ActorEvidence.After(body, end, 80);
        var joined = JoinAfter().Match(after);
        if (joined.Success && joined.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameShapes.IsOrganisationWord)) return true;
        var next = NextWord().Match(after);
        if (next.Success)
        {
            var word = next.Groups["word"].Value;
            if (NameShapes.IsOrganisationWord(word) && !NameReading.IsFirmByItsName("X " + word)) return true;
            if (gazetteer.Roles.Contains(word.ToLowerInvariant())) return true;
        }

        return false;
    }

    // "[St James]'s Square", "[Martin]'s Lane": a place's head after the possessive.
    private static bool PlaceOfPossessive(string body, int end)
    {
        var possessive = PossessiveAfter().Match(body, end, Math.Min(40, body.Length - end));
        return possessive.Success && NameShapes.IsPlaceWord(possessive.Groups["head"].Value);
    }

    [GeneratedRegex(@"(?<word>[A-Z][\w'’-]*)\s+(?:of|(?<and>and|&))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinBefore();

    // Nothing before the word but the end of the last sentence ("said. Fish"), a line's start or the body's start.
    [GeneratedRegex(@"(?:^|[a-z0-9)][.!?][""'”’]?\s+|\n\s*|[""“]\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^\s+(?:and|&)\s+(?<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex JoinAfter();

    [GeneratedRegex(@"^ (?<word>[A-Z][a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\G\s+(?:(?:on|for)\s+(?:the\s+)?|of\s+)(?<word>[A-Z][\w'’-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Complement();

    [GeneratedRegex(@"\G['’]s\s+(?<head>[A-Z][a-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveAfter();
}
