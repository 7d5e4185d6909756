using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Komatsu recalled its trucks", "executives from Komatsu", "Komatsu President Ida Berg": a town whose name a listed firm
/// bears (a firm named after its home town, or a town named after its firm) is the firm where the article writes it as a firm
/// and nowhere as a place. News writes a town with "in", "near" or "from" before it or its state or country after it
/// ("Komatsu, Japan"); a firm it writes with its trade ("the carmaker Komatsu"), its people ("analysts at", "Komatsu President
/// Ida Berg"), its things ("Komatsu's recall", "Komatsu's shares") or its full name ("Komatsu Ltd").
/// </summary>
internal static partial class FirmNamedTowns
{
    /// <summary>Whether the one-word town is the listed firm of its name in this article.</summary>
    public static bool IsFirm(Gazetteer gazetteer, string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Place || mentions.Count == 0 || actor.Name.Contains(' ', StringComparison.Ordinal)) return false;
        if (gazetteer.Find(actor.Name) is not { IsTown: true } || !gazetteer.IsListedCompany(actor.Name)) return false;
        var firm = mentions.Where(m => IsFirmMention(body, m)).ToList();
        if (mentions.Exists(m => !firm.Contains(m) && (m.Mention.IsDemonym || PlaceEvidence.ReadsAsPlace(body, m) || PlaceBefore().IsMatch(Before(body, m.Mention.Start))))) return false;
        return firm.Count > 0 || Regex.IsMatch(body, @"\b" + Regex.Escape(actor.Name) + @"\s+(?:Motors?\s+)?(?:Corp|Corporation|Inc|Ltd|Limited|Plc|PLC|AG|SA|Oyj|Co)\b", RegexOptions.CultureInvariant);
    }

    private static bool IsFirmMention(string body, ResolvedMention m) =>
        NameReading.IsFirmByItsContext(body, [m]) || FirmBefore().IsMatch(Before(body, m.Mention.Start)) || FirmAfter().IsMatch(After(body, m.Mention.End));

    // How far before and after a mention its cues are read.
    private const int Reach = 40;

    private static string Before(string body, int start) => ActorEvidence.Before(body, start, Reach);

    private static string After(string body, int end) => ActorEvidence.After(body, end, Reach);

    // "at Komatsu" may be a firm's office or a town; "to", "into" and "of" a town's: the firm is left to the other cues.
    [GeneratedRegex(@"\b(?:at|to|into|toward|towards)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    // "executives from Komatsu", "workers at Komatsu", "a company like Komatsu", "rivals such as Komatsu", "lawsuits against Komatsu".
    [GeneratedRegex(@"\b(?:(?:executives?|bosses|managers|shareholders|investors|employees|engineers)\s+(?:from|of)|(?:company|firm|maker|manufacturer|rivals?|competitors?)\s+(?:like|such\s+as|including))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex FirmBefore();

    // "Komatsu President Ida Berg", "Komatsu chief executive Lars Holm"; "Komatsu's recall", "Komatsu's cars"; "Komatsu recalled".
    [GeneratedRegex(@"^(?:\s+(?:President|Chairman|Chief\s+Executive|CEO|chief\s+executive|chairman|spokes(?:man|woman))\s+[A-Z][a-z]+|['’]s\s+(?:[A-Za-z-]+\s+)?(?:recalls?|cars|vehicles|products|factories|plants|sales|profits?|earnings|executives|dealers|shares)\b|\s+(?:recalled|recalls)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FirmAfter();
}
