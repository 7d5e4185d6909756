using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Checks that a place named by one word is the place: "Christmas" is Christmas Island only where the article writes the
/// island's name or a mention reads as a place; "Mobile" is the Alabama city only where a mention reads as one ("in Mobile",
/// "Mobile, Alabama"; not "at", as "at Christmas" is no place); a word the gazetteer lacks ("Dolphin") is no place when the
/// article also writes it in lower case.
/// </summary>
internal sealed partial class PlaceEvidence(Gazetteer gazetteer)
{
    /// <summary>Whether the article gives no reason to read the one-word place as a place; its mentions then go.</summary>
    public bool IsOrdinaryWord(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Place || mentions.Count == 0) return false;
        // "Welsh" of Wales, "Texan" of Texas: an adjective of the place says nothing of whether the place's name is a word.
        mentions = mentions.Where(m => !m.Mention.IsDemonym).ToList();
        if (mentions.Count == 0) return false;
        var texts = mentions.Select(m => m.Mention.Text).Distinct(StringComparer.Ordinal).ToList();
        if (!texts.TrueForAll(t => !t.Contains(' ', StringComparison.Ordinal) && !NameShapes.IsAcronym(t))) return false;

        // "Christmas" for Christmas Island: a short form stands for the place the article names in full, or where it reads as a place.
        // "Cancun" for "Cancún" is the name itself, written without its accent.
        if (!texts.Contains(actor.Name, StringComparer.Ordinal))
        {
            return actor.Name.Contains(' ', StringComparison.Ordinal) && !body.Contains(actor.Name, StringComparison.Ordinal) && !mentions.Exists(m => ReadsAsPlace(body, m));
        }

        if (!gazetteer.IsDictionaryWord(actor.Name)) return false;
        if (gazetteer.Find(actor.Name) is null)
        {
            // "the Dolphin": a word the article also writes in lower case is that word, with a capital for a name of a thing.
            return Regex.IsMatch(body, @"\b" + Regex.Escape(actor.Name.ToLowerInvariant()) + @"\b", RegexOptions.CultureInvariant);
        }

        // "Mobile county", "the Mobile Press-Register", "Mobile phones": a town named like a word needs one mention that reads as a place.
        // A region ("the Arctic", "Pacific") has no country to be a town of, and its adjective names it too ("Arctic drilling").
        return gazetteer.Find(actor.Name)?.Country is not null && !mentions.Exists(m => ReadsAsPlace(body, m));
    }

    /// <summary>
    /// Whether a town's one-word name is a politician's family name as the article uses it: "the Obama administration", "Clinton's
    /// administration". A town has a council, not an administration named after it; a president's government is named so. A mention
    /// that reads as a place ("in Clinton") keeps it the town.
    /// </summary>
    public bool IsFamilyNameByUse(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Place || actor.Name.Contains(' ', StringComparison.Ordinal) || gazetteer.Find(actor.Name) is not { IsTown: true }) return false;
        mentions = mentions.Where(m => !m.Mention.IsDemonym).ToList();
        return mentions.Count > 0 && mentions.TrueForAll(m => m.Mention.Text == actor.Name) && !mentions.Exists(m => ReadsAsPlace(body, m))
            && mentions.Exists(m => Administration().IsMatch(After(body, m.Mention.End)));
    }

    [GeneratedRegex(@"^(?:['’]s)?\s+administration\b", RegexOptions.CultureInvariant)]
    private static partial Regex Administration();

    /// <summary>"in Mobile", "Mobile, Alabama": the mention reads as a place.</summary>
    internal static bool ReadsAsPlace(string body, ResolvedMention m) =>
        PlaceBefore().IsMatch(Before(body, m.Mention.Start)) || PlaceAfter().IsMatch(After(body, m.Mention.End));

    private static string Before(string body, int start) => ActorEvidence.Before(body, start, 12);

    private static string After(string body, int end) => ActorEvidence.After(body, end, 30);

    [GeneratedRegex(@"\b(?:(?:in|near|outside|from|off|around|across|via)\s+(?:the\s+)?|of\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    // "Mobile, Alabama", "Mobile, Ala.", "Zug, Switzerland-based", "Charlotte, NC USA", "Charlotte, N.C.:": a town with its state or country after it.
    [GeneratedRegex(@"^,\s+(?:[A-Z][a-z]+\.?|[A-Z]{2,3}|(?:[A-Z]\.){2})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,3}))?\s*(?:[,.;:)-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();
}
