namespace Timeline.Extract.Actors;

/// <summary>Word-shape tests used to tell names from other capitalised words.</summary>
internal static class NameShapes
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Council", "Party", "Bank", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.",
        "University", "Agency", "Army", "Navy", "Force", "Forces", "Group", "Association", "Union", "Organization",
        "Organisation", "Committee", "Court", "Parliament", "Assembly", "Department", "Institute", "Foundation",
        "Commission", "Federation", "Authority", "Office", "Service", "Guard", "Police", "Times", "Post", "News",
        "Network", "Airlines", "Motors", "Technologies", "Systems", "Fund", "Board", "Congress", "Senate", "Cabinet",
        "Club", "Church", "Front", "Movement", "Alliance", "League", "Center", "Centre", "College", "Hospital",
        "Exchange", "Reserve", "Bureau", "Industries", "Holdings", "Airways", "Railways", "Media", "Press", "Journal",
        "Brigade", "Battalion", "Coalition", "Secretariat", "Tribunal", "Directorate", "Inc.,", "LLC", "PLC", "AG", "SA",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "River", "Mountains", "Mount", "Mt.", "Lake", "County", "Island", "Islands", "Valley", "Bay", "Sea", "Ocean", "Gulf",
        "Province", "Street", "Avenue", "Road", "Park", "Peninsula", "Desert", "Creek", "Fort", "Port", "Beach", "Falls",
        "Canyon", "Strait", "Region", "District", "City", "Township", "Village", "Square", "Heights", "Hills", "Harbor",
        "Harbour", "Coast", "Airport", "Stadium", "Bridge", "Castle", "Palace", "Cathedral", "Prefecture", "Oblast", "Territory",
    };

    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "Battle", "Siege", "War", "Campaign", "Award", "Awards", "Cup", "Championship", "Championships", "Festival", "Olympics",
        "Games", "Prize", "Tour", "Act", "Treaty", "Revolution", "Offensive", "Operation", "Album", "Series", "Show", "Day",
    };

    /// <summary>Lower-case words allowed inside a name ("Bank of England", "Ludwig van Beethoven").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "dos", "das", "y", "for", "on",
    };

    public static bool IsCapitalised(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && token.Any(char.IsLetter);

    public static bool IsOrganisationWord(string token) => OrganisationWords.Contains(token);

    public static bool IsPlaceWord(string token) => PlaceWords.Contains(token);

    public static bool IsEventWord(string token) => EventWords.Contains(token);

    /// <summary>"J." or "J": one capital letter and perhaps a dot.</summary>
    public static bool IsInitial(string token) => token.Length is 1 or 2 && char.IsUpper(token[0]) && (token.Length == 1 || token[1] == '.');

    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 6 && token.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) && token.Any(char.IsLetter);

    public static bool LooksLikeNameWord(string token) =>
        IsCapitalised(token) && token.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') && !IsAcronym(token);
}
