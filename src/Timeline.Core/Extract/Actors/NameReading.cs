using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// What the way an article writes a name says of it: a common noun capitalised at a sentence's start or in a title
/// ("Department", "Responsible Party") is written in lower case elsewhere; a title's qualifier ("Senate Majority" in
/// "Senate Majority Leader Harry Reid") is always followed by the rest of the title; a firm's name ends as one does.
/// </summary>
internal sealed partial class NameReading(Gazetteer gazetteer)
{
    /// <summary>Words that end the names of firms, not of people ("TMG Strategies", "Hinsdale Associates").</summary>
    private static readonly HashSet<string> FirmWords = new(StringComparer.Ordinal)
    {
        "Strategies", "Associates", "Securities", "Consultants", "Consulting", "Advisors", "Advisers", "Capital", "Investments", "Ventures", "Resources",
        "Management", "Design", "Co", "Cos", "Cos.",
    };

    /// <summary>Legal forms and firm words: a name ending in one is a firm's, never a place's ("TMG Strategies", "Halliburton Co").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "GmbH", "Limited", "Incorporated", "Holdings", "Partners", "Group",
    };

    /// <summary>
    /// Head words of places that are not organisations: "Grand Isle", "Capitol Hill", "Alligator Point", "Mississippi Sound", "Andrews Air Force
    /// Base". English puts a name's head last, so the last word says what is named, whatever words come before it.
    /// </summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Isle", "Island", "Islands", "Hill", "Point", "Sound", "Base", "Beach", "Bay", "Coast", "County", "Parish", "River", "Lake", "Creek",
        "Peninsula", "Harbor", "Harbour", "Canyon", "Strait", "Valley", "Ocean", "Sea", "Street", "Avenue", "Square", "Airport", "Stadium", "Bridge",
        "Delta", "Refuge", "Marsh", "Marshes", "Wetlands", "Reef", "Bayou", "Inlet", "Lagoon", "Estuary", "Channel", "Shelf", "Pass",
        // Buildings where things happen: "a news conference at the Vell Park Hotel". A firm or a faith owning one is named otherwise
        // ("Vell Hotels", "the Catholic Church"), so "Church" and "Hall" (also a body: "City Hall said") are left out.
        "Hotel", "Chapel", "Cathedral", "Abbey", "Mosque", "Synagogue",
    };

    /// <summary>
    /// Ordinary words only, not a name the gazetteer knows, and the same words written in lower case in the article: a common
    /// noun or adjective at a sentence's start or in a heading ("Oil", "Federal", "Committee", "Response Plan").
    /// </summary>
    public bool IsCommonWords(string body, Actor actor)
    {
        if (actor.Kind == ActorKind.Country || gazetteer.Find(actor.Name) is not null) return false;
        var words = actor.Name.Split(' ');
        if (!Array.TrueForAll(words, w => w.Length > 1 && !NameShapes.IsAcronym(w) && gazetteer.IsOrdinaryOrAdjective(w))) return false;
        var lower = actor.Name.ToLowerInvariant();
        for (var i = body.IndexOf(lower, StringComparison.Ordinal); i >= 0; i = body.IndexOf(lower, i + 1, StringComparison.Ordinal))
        {
            var end = i + lower.Length;
            if ((i == 0 || !char.IsLetter(body[i - 1])) && (end == body.Length || !char.IsLetter(body[end]))) return true;
        }

        return false;
    }

    /// <summary>
    /// A name the gazetteer does not know, ending in an ordinary word, and every mention followed by a title ("Senate Majority Leader",
    /// "Louisiana Attorney General", "National Incident Commander"): the front of a title, read as a name of its own.
    /// </summary>
    public bool IsTitleQualifier(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind == ActorKind.Country || mentions.Count == 0 || gazetteer.Find(actor.Name) is not null) return false;
        if (!gazetteer.IsDictionaryWord(actor.Name.Split(' ')[^1])) return false;
        return mentions.TrueForAll(m => TitleFollows(body, m.Mention.End));
    }

    private bool TitleFollows(string body, int end)
    {
        var next = NextWords().Match(body, end, Math.Min(60, body.Length - end));
        if (!next.Success) return false;
        var words = next.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length); n >= 1; n--)
        {
            if (gazetteer.Roles.Contains(string.Join(' ', words.Take(n)).ToLowerInvariant())) return true;
        }

        return false;
    }

    /// <summary>Whether a name ends as a firm's or an organisation's does ("Transocean Limited", "TMG Strategies").</summary>
    public static bool IsOrganisationByItsName(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && (NameShapes.IsOrganisationWord(words[^1]) || FirmWords.Contains(words[^1]));
    }

    /// <summary>"Halliburton Co", "ETX Capital", "Sunamerica Asset Management": a name ending as a firm's names a firm, not a place or a person.</summary>
    public static bool IsFirmByItsName(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && (FirmWords.Contains(words[^1]) || LegalForms.Contains(words[^1]));
    }

    /// <summary>
    /// "Ocean Filter Solutions", "North Coast Claims Facility", "Harbour Relief Commission": English puts a name's head last, so a name ending
    /// in a body's head word names that body, whatever place's words open it ("Ocean", "Gulf Coast"). A place's head last ("Port Authority
    /// Beach") is left to <see cref="IsPlaceByItsHead"/>.
    /// </summary>
    public static bool IsBodyByItsHead(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && BodyHeads.Contains(words[^1]);
    }

    // Heads of a body's name that are not also a building's or a site's ("Hall", "Center", "Hospital" name where people go as much as who acts).
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "Facility", "Commission", "Committee", "Council", "Agency", "Authority", "Administration", "Association", "Institute", "Foundation",
        "Department", "Ministry", "Bureau", "Board", "Service", "Services", "Solutions", "Group", "Fund", "Trust", "Society", "Coalition", "Alliance",
        "Brotherhood", "Movement", "Party", "Front",
    };

    /// <summary>"Grand Isle", "Capitol Hill", "Andrews Air Force Base": a name whose head word is a place's names a place, not an organisation.</summary>
    public static bool IsPlaceByItsHead(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return false;
        if (PlaceHeads.Contains(words[^1])) return true;
        // "the Vermont State House": the building a state's legislature sits in, where news conferences are held.
        if (words.Length > 2 && words[^2] == "State" && words[^1] == "House") return true;
        // "Mount Hood", "Lake Borgne": a place's word opens the name, and no organisation's word follows ("Lake Pontchartrain Basin Foundation").
        // "Cape" is left out: a cape lends its name to firms and projects ("Cape Wind").
        return words[0] is "Mount" or "Lake" or "Isle" && !words.Any(NameShapes.IsOrganisationWord);
    }

    /// <summary>
    /// "Devon Energy", "Taylor Energy", "Shell Oil": a name that ends in a trade's word, which no one has for a family name, is
    /// a firm's, however much its first word looks like a given name.
    /// </summary>
    public static bool IsFirmByItsTrade(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && TradeWords.Contains(words[^1]);
    }

    private static readonly HashSet<string> TradeWords = new(StringComparer.Ordinal)
    {
        "Energy", "Oil", "Petroleum", "Gas", "Offshore", "Drilling", "Shipping", "Pharmaceuticals", "Chemicals", "Farms", "Foods", "Airlines", "Insurance",
        "International", // "Cameron International", "Amnesty International"
        "Seafood", "Services", "Communications", "Solutions", "Vacations", "Design", // "Joe Patti Seafood", "Farr Yacht Design"
    };

    /// <summary>"an analyst at Hargreaves Lansdown", "a professor at Ruthven": a person at a name works there, so it is a place of work.</summary>
    public static bool IsWorkplace(string body, List<ResolvedMention> mentions) =>
        mentions.Count > 0 && mentions.TrueForAll(m => WorkerAt().IsMatch(body.AsSpan(Math.Max(0, m.Mention.Start - 50), Math.Min(50, m.Mention.Start))));

    /// <summary>
    /// "stockbroker Panmure Gordon", "analysts at Morgan Stanley", "Seymour Pierce analyst Alan Sinclair", "shares of Goldman Sachs", "Halvor's chairman",
    /// "(NYSE: HAL)", "a 20 percent stake in Chrysler", "Chrysler chief executive Bob Nardelli": an article that writes a name as a firm's
    /// at least once names a firm, however much it looks like a person's.
    /// </summary>
    // "Maersk Line officials", "Morvan Stanley executives": a firm has staff named after it; a person's name before a plural of
    // staff is no English ("Lars Holm officials").
    public static bool IsFirmByItsContext(string body, List<ResolvedMention> mentions) =>
        mentions.Exists(m => FirmBefore().IsMatch(body.AsSpan(Math.Max(0, m.Mention.Start - 60), Math.Min(60, m.Mention.Start)))
            || FirmAfter().IsMatch(body.AsSpan(m.Mention.End, Math.Min(40, body.Length - m.Mention.End))));

    [GeneratedRegex(@"(?:\b(?:investment\s+bank|merchant\s+bank|bank|stockbrokers?|stock\s+brokers?|brokerage|firm|consultancy|boutique|insurers?|reinsurers?|carmakers?|automakers?|conglomerate|(?:[Bb]anks|[Ff]irms|[Cc]ompanies|[Ll]enders|[Ii]nsurers|[Bb]rokers),?\s+(?:such\s+as|like|including)|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)\s+(?:at|with)(?:\s+the)?|shares\s+(?:of|in)|stock\s+of|(?:stake|stakes|holding|shareholding)\s+in)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FirmBefore();

    [GeneratedRegex(@"^(?:['’]s\s+(?:chairman|chairwoman|chief\s+executive|CEO|board\s+of\s+directors|shareholders|share\s+price|shares)\b|\s+(?:[a-z-]+\s+){0,2}(?:analysts?|economists?|strategists?)\b|\s+(?:officials|executives|employees|bankers|traders|shareholders)\b|\s+(?:chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chief\s+(?:operating|financial)\s+officer|managing\s+director)\s+(?:[A-Z][a-z]+\s+)+?[A-Z][a-z]+\b|\s*\((?:NYSE|Nasdaq|NASDAQ|LSE|AMEX|TSX)\s*:\s*[A-Z.]{1,6}\))", RegexOptions.CultureInvariant)]
    private static partial Regex FirmAfter();

    [GeneratedRegex(@"^[ \t]*((?:[A-Z][a-z]+ ?){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NextWords();

    [GeneratedRegex(@"\b(?:analysts?|economists?|strategists?|experts?|professors?|scientists?|researchers?|traders?|partners?|consultants?|advisers?|advisors?|lawyers?|attorneys?|directors?|head|chief|managers?|officials?|executives?|fellows?|specialists?|engineers?|spokes(?:man|woman|person))\s+at\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkerAt();
}
