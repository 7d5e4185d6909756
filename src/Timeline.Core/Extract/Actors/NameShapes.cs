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

    /// <summary>Lower-case words allowed inside a name ("Bank of England", "Ludwig van Beethoven").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "dos", "das", "y", "for", "and", "on",
    };

    public static bool IsCapitalised(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && token.Any(char.IsLetter);

    public static bool IsOrganisationWord(string token) => OrganisationWords.Contains(token);

    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 6 && token.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) && token.Any(char.IsLetter);

    public static bool LooksLikeNameWord(string token) =>
        IsCapitalised(token) && token.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') && !IsAcronym(token);
}
