using Timeline.Extract.Text;

namespace Timeline.Extract.Actors;

/// <summary>Word-shape tests used to tell names from other capitalised words.</summary>
internal static class NameShapes
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Administration", "Council", "Party", "Bank", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.",
        "University", "Agency", "Army", "Navy", "Force", "Forces", "Group", "Association", "Union", "Organization",
        "Organisation", "Committee", "Court", "Parliament", "Assembly", "Department", "Institute", "Foundation",
        "Commission", "Federation", "Authority", "Office", "Service", "Guard", "Police", "Times", "Post", "News",
        "Network", "Airlines", "Motors", "Technologies", "Systems", "Fund", "Board", "Congress", "Senate", "Cabinet",
        "Club", "Church", "Front", "Movement", "Alliance", "League", "Center", "Centre", "College", "Hospital",
        "Exchange", "Reserve", "Bureau", "Centers", "Centres", "Industries", "Holdings", "Airways", "Railways", "Media", "Press", "Journal",
        "Brigade", "Battalion", "Coalition", "Secretariat", "Tribunal", "Directorate", "Inc.,", "LLC", "PLC", "AG", "SA",
        "Corps", "Division", "Regiment", "Squadron", "Fleet", "Wing", "Command", "Records", "Recordings", "Band", "Orchestra",
        "Society", "Trust", "Museum", "Library", "School", "Academy", "Theatre", "Theater", "Hotel", "Studios", "Entertainment",
        "Publishing", "Publishers", "Broadcasting", "Radio", "Television", "Magazine", "Gazette", "Herald", "Tribune", "Chronicle",
        "Institution", "Laboratory", "Laboratories", "Pictures", "Films", "Productions", "Software", "Electronics", "Pharmaceuticals",
        "Partners", "Brothers", "GmbH", "Pty", "Limited", "Incorporated", "FC", "Conference", "Auditorium", "Hall",
        "Conservancy", "Consortium", "Caucus", "Initiative", "Brotherhood", "Automobile", "Automobiles", "Automotive", "Aerospace",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "River", "Mountains", "Mount", "Mt.", "Lake", "County", "Island", "Islands", "Valley", "Bay", "Sea", "Ocean", "Gulf",
        "Province", "Street", "Avenue", "Road", "Park", "Peninsula", "Desert", "Creek", "Fort", "Port", "Beach", "Falls",
        "Canyon", "Strait", "Region", "District", "City", "Township", "Village", "Square", "Heights", "Hills", "Harbor",
        "Harbour", "Coast", "Airport", "Stadium", "Bridge", "Castle", "Palace", "Cathedral", "Prefecture", "Oblast", "Territory",
        "Railroad", "Railway", "Junction", "Station", "Pond", "Brook", "Dock", "Reservoir", "Oval", "Plateau", "Parish", "Estate",
        "Cave", "Canal", "Glacier", "Ave", "Boulevard", "Lane", "Plaza", "Arena", "Empire", "Isles", "Isle", "Archipelago", "Atoll",
        "Reef", "Lagoon", "Bayou",
    };

    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "Battle", "Siege", "War", "Campaign", "Award", "Awards", "Cup", "Championship", "Championships", "Festival", "Olympics",
        "Games", "Prize", "Tour", "Act", "Treaty", "Revolution", "Offensive", "Operation", "Album", "Series", "Show", "Day",
    };

    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
    };

    // Acronyms of things, units and formats that never name an actor on their own.
    private static readonly HashSet<string> NonNameAcronyms = new(StringComparer.Ordinal)
    {
        "TV", "CD", "CDs", "DVD", "LP", "EP", "DJ", "MC", "AM", "PM", "GDP", "CEO", "CFO", "COO", "MP", "MPs", "OK", "PhD", "BA", "MA", "BSc", "MSc",
        "ID", "PC", "IT", "AI", "HIV", "AIDS", "SARS", "GPS", "USB", "HTML", "URL", "FM", "AD", "BC", "BCE", "CE", "UTC", "GMT", "EST", "PST",
        "BST", "EDT", "PDT", "CST", "CDT", "MST", "MDT", "CET", "CEST",
        "VAT", "IPO", "RPG", "UFO", "KO", "MVP", "OBE", "MBE", "CBE", "KBE", "PR", "HR",
        // A disease, a treatment or a ward, written short: "died of TB", "gave him CPR", "in the ICU" ("BSE" is left out: a stock
        // exchange is named so as often as the disease).
        "TB", "T.B.", "MRSA", "CJD", "STD", "STDs", "DNA", "RNA", "ADHD", "PTSD", "OCD", "ICU", "IVF", "MRI", "CPR", "ECG", "EKG",
    };

    // Titles written short before a name ("Rear Adm. Mary Landry", "Sens. Bill Nelson"); never a name's last word.
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Adm", "Gen", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Maj", "Sgt", "Cpl", "Pvt", "Rep", "Reps", "Sen", "Sens", "Gov", "Rev", "Supt", "Insp", "Det",
        "Mr", "Mrs", "Ms", "Dr", "Prof",
    };

    /// <summary>Lower-case words allowed inside a name ("Bank of England", "Ludwig van Beethoven").</summary>
    /// <summary>"al-Assad", "el-Tayeb", "bin-Laden": a lowercase Arabic article or "son of" joined by a hyphen to a name word.</summary>
    public static bool IsParticleName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && word[..hyphen] is "al" or "el" or "ad" or "as" or "ash" or "an" or "ar" or "at" or "az" or "bin" or "ibn" or "abu" or "bani"
            && char.IsUpper(word[hyphen + 1]) && word[(hyphen + 1)..].All(c => char.IsLetter(c) || c == '-');
    }

    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "dos", "das", "y", "for",
    };

    public static bool IsCapitalised(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && token.Any(char.IsLetter);

    public static bool IsOrganisationWord(string token) => OrganisationWords.Contains(token);

    // The words a newspaper's name ends in, which news keeps alone to name the paper again ("the Post", "the Journal").
    private static readonly HashSet<string> PaperWords = new(StringComparer.Ordinal) { "Post", "Times", "Journal", "Herald", "Tribune", "Chronicle", "Gazette", "Telegraph" };

    /// <summary>"Post", "Journal", "Times": a word a newspaper's name ends in.</summary>
    public static bool IsPaperWord(string token) => PaperWords.Contains(token);

    public static bool IsPlaceWord(string token) => PlaceWords.Contains(token);

    public static bool IsEventWord(string token) => EventWords.Contains(token);

    /// <summary>"Bruins", "Longhorns": a capitalised plural, the shape of a sports team's name after its city.</summary>
    public static bool IsPluralName(string word) =>
        LooksLikeNameWord(word) && word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !IsPlaceWord(word);

    /// <summary>"St", "Mt", "Ft": abbreviations that open a place's name before a dot ("St. Louis").</summary>
    public static bool IsNameAbbreviation(string token) => token is "St" or "Ste" or "Mt" or "Ft" or "Pt";

    /// <summary>"4", "65th", "102d": the number of a military unit or a team, written before its name.</summary>
    public static bool IsUnitNumber(string token) =>
        token.Length is > 0 and <= 5 && char.IsDigit(token[0]) && token.TrimStart("0123456789".ToCharArray()) switch
        {
            "" => token.Length <= 3, // "1994 NCAA" is a year, not a unit
            "st" or "nd" or "rd" or "th" or "d" => true,
            _ => false,
        };

    /// <summary>Whether the token at <paramref name="k"/> is a game's score ("63-7", "2–1").</summary>
    public static bool IsScore(List<TextSpan> tokens, int k) =>
        k < tokens.Count && tokens[k].Text.Split('-', '–') is [var a, var b] && a.Length is >= 1 and <= 3 && b.Length is >= 1 and <= 3
        && a.All(char.IsDigit) && b.All(char.IsDigit);

    /// <summary>"Leeds beat Arsenal 2-0": a result verb at <paramref name="k"/> and a score later in the sentence.</summary>
    public static bool BeatsWithScore(List<TextSpan> tokens, int k) =>
        k < tokens.Count && tokens[k].Text is "beat" or "beats" or "defeated" or "drew" or "draw" or "lost" or "edged" or "thrashed" or "crushed" or "routed" or "upset"
        && Enumerable.Range(k + 1, Math.Max(0, Math.Min(tokens.Count, k + 8) - k - 1)).Any(n => IsScore(tokens, n));

    // Titles before a given name alone: royals, and the clerics and rulers styled like them ("Prince Michael", "Queen Rania",
    // "Sheikh Mohammed"); the name after them is no family name.
    private static readonly HashSet<string> GivenNameTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prince", "Princess", "King", "Queen", "Crown Prince", "Crown Princess", "Emperor", "Empress", "Pope", "Sheikh", "Sheikha", "Emir",
        "Sultan",
    };

    /// <summary>"Prince", "Queen", "Sheikh": a title that goes before a given name, and with it names the person.</summary>
    public static bool IsGivenNameTitle(string? title) => title is not null && GivenNameTitles.Contains(title);

    // The AP abbreviations of the US states, written after a town or a member of Congress ("Empire, La.", "D-Fla."): each stands for
    // a state the news names in full elsewhere, never for an actor of its own.
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    };

    /// <summary>"Fla", "Calif": the AP abbreviation of a US state, without its stop.</summary>
    public static bool IsStateAbbreviation(string token) => StateAbbreviations.Contains(token);

    /// <summary>"Adm", "Sens.", "Gov": a title written short, which goes before a name and never ends one.</summary>
    public static bool IsTitleAbbreviation(string token) => TitleAbbreviations.Contains(token.TrimEnd('.'));

    public static bool IsCompassWord(string token) => CompassWords.Contains(token);

    public static bool IsNonNameAcronym(string token) => NonNameAcronyms.Contains(token);

    /// <summary>"BST", "EDT": a time zone, which a live blog's or a wire's time stamp puts right before the first words of an entry.</summary>
    public static bool IsTimeZone(string token) => token is "GMT" or "UTC" or "BST" or "EST" or "EDT" or "PST" or "PDT" or "CST" or "CDT" or "MST" or "MDT" or "CET" or "CEST";

    /// <summary>"IV", "XII": a numeral that follows a name or a unit's number, never an actor alone.</summary>
    public static bool IsRomanNumeral(string token) => token.Length > 0 && token.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    /// <summary>"J." or "J": one capital letter and perhaps a dot.</summary>
    public static bool IsInitial(string token) => token.Length is 1 or 2 && char.IsUpper(token[0]) && (token.Length == 1 || token[1] == '.');

    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 6 && token.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) && token.Any(char.IsLetter);

    public static bool LooksLikeNameWord(string token) =>
        IsCapitalised(token) && token.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') && !IsAcronym(token);
}
